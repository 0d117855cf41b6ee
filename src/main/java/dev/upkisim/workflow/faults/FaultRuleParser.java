package dev.upkisim.workflow.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a fault rule from JSON (the body of {@code POST /sim/faults}; scenario files use the same shape), refusing
 * anything doubtful with a message that names the field: a typo never passes silently as "matches everything".
 *
 * <h2>Format</h2>
 * <pre>{@code
 * {
 *   "match":   {...},   required: which requests or steps
 *   "trigger": {...},   optional, default {"type": "always"}: when a fitting request or step is faulted
 *   "action":  {...}    required: what happens then
 * }
 * }</pre>
 * <b>match</b> — every given field must fit; at least {@code face}, {@code path} or {@code stage} is required.
 * <ul>
 *   <li>{@code face}: {@code jupki} (portal), {@code upki} (NII issuance system), {@code repo} (CA repository, CRLs,
 *       OCSP, P12 doctor), {@code acme}, {@code rp} (relying-party check), {@code sim} (control API; its
 *       {@code /sim/faults} routes are never faulted), {@code home} (the landing page);</li>
 *   <li>{@code path}: a {@link PathGlob} such as {@code /upki-odcert/*.do} ({@code *} crosses {@code /});</li>
 *   <li>{@code method}: {@code GET}, {@code POST}, …;</li>
 *   <li>{@code user}: a portal member's user id (face {@code jupki} only: only the portal knows the member);</li>
 *   <li>{@code institution}: an institution id — the member's (portal) or the RA's, known from its client
 *       certificate (NII {@code lra/} pages); at the stages {@code nii-to-ca} and {@code revocation}, the
 *       application's;</li>
 *   <li>{@code stage}: {@code nii-to-ca}, {@code revocation} or {@code mail-delivery} (then no face, path, method
 *       or user);</li>
 *   <li>{@code recipient}: an e-mail address (stage {@code mail-delivery} only).</li>
 * </ul>
 * <b>trigger</b> ({@link FaultTrigger}) — {@code {"type":"next","count":N}} the first N fitting requests;
 * {@code {"type":"every","n":N}} the Nth, 2Nth, …; {@code {"type":"probability","p":0.25}} (optional
 * {@code "seed": 42}; default the run's seed) drawn per rule id and match number; {@code {"type":"always"}}.
 * <p>
 * <b>action</b> ({@link FaultAction}), one example each:
 * <pre>{@code
 * delay    {"match": {"face": "jupki"}, "action": {"type": "delay", "duration": "PT2S"}}
 * status   {"match": {"face": "upki", "path": "/upki-odcert/*.do", "method": "POST"},
 *           "trigger": {"type": "next", "count": 2}, "action": {"type": "status", "status": 503}}
 * reset    {"match": {"face": "jupki", "user": "shiken.taro"}, "trigger": {"type": "every", "n": 3},
 *           "action": {"type": "reset"}}
 * fail     {"match": {"stage": "nii-to-ca"}, "trigger": {"type": "next", "count": 1}, "action": {"type": "fail"}}
 *          {"match": {"stage": "mail-delivery", "recipient": "shiken.taro@example.ac.jp"},
 *           "trigger": {"type": "next", "count": 2}, "action": {"type": "fail", "message": "SMTP 451 try later"}}
 * tryLater {"match": {"face": "repo"}, "trigger": {"type": "probability", "p": 0.5}, "action": {"type": "tryLater"}}
 * stale    {"match": {"face": "repo"}, "action": {"type": "stale"}}
 * unknown  {"match": {"face": "repo"}, "action": {"type": "unknown"}}
 * slow     {"match": {"face": "repo"}, "action": {"type": "slow", "duration": "PT5S"}}
 * }</pre>
 * {@code delay}, {@code status} and {@code reset} act on HTTP requests of any face; {@code status} is 400–599;
 * durations are ISO-8601, above zero and at most {@link #MAX_DELAY}. The OCSP actions {@code tryLater},
 * {@code stale}, {@code unknown} and {@code slow} act on the OCSP responder only: their match may name face
 * {@code repo} and a path under {@code /repo/ocsp}, and gets both when it names neither. {@code fail} is the only
 * action of a stage rule ({@code message}, optional, is added to the error the stage reports).
 */
public final class FaultRuleParser {
    /** The faces a rule can name (each {@code web} face's name). */
    public static final List<String> FACES = List.of("jupki", "upki", "repo", "acme", "rp", "sim", "home");
    /** The longest delay: a server thread waits that long for each delayed request (checked past the 30 s idle timeout). */
    public static final Duration MAX_DELAY = Duration.ofSeconds(60);
    /** Where the OCSP responder answers (RFC 6960 A.1: POST there, GET below it). */
    public static final String OCSP_PATH = "/repo/ocsp";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final Set<String> RULE_FIELDS = Set.of("match", "trigger", "action");
    private static final Set<String> MATCH_FIELDS = Set.of("face", "path", "method", "user", "institution", "stage", "recipient");

    private final Predicate<String> knownInstitution;
    private final Predicate<String> knownUser;

    /** Checks institution and user ids against the fixtures, so a misspelt id is refused rather than never matching. */
    public FaultRuleParser(Predicate<String> knownInstitution, Predicate<String> knownUser) {
        this.knownInstitution = knownInstitution;
        this.knownUser = knownUser;
    }

    /** Takes any institution and user id (for rules stored earlier, whose fixtures may have changed). */
    public static FaultRuleParser trusting() {
        return new FaultRuleParser(id -> true, id -> true);
    }

    /** The rule, with id 0. */
    public FaultRule parse(JsonNode rule) {
        if (rule == null || !rule.isObject()) {
            throw new InvalidFaultRule("send a JSON object with match, action and optionally trigger,"
                    + " e.g. {\"match\":{\"face\":\"jupki\"},\"trigger\":{\"type\":\"next\",\"count\":1},"
                    + "\"action\":{\"type\":\"status\",\"status\":503}}");
        }
        onlyFields(rule, RULE_FIELDS, "a rule", "match, trigger, action");
        FaultMatch match = match(required(rule, "match"));
        FaultTrigger trigger = rule.has("trigger") ? FaultTriggerParser.parse(rule.get("trigger")) : new FaultTrigger.Always();
        FaultAction action = FaultActionParser.parse(required(rule, "action"));
        return new FaultRule(0, fitted(match, action), trigger, action);
    }

    private FaultMatch match(JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidFaultRule("match must be an object, e.g. {\"face\": \"upki\", \"path\": \"/upki-odcert/*.do\"}");
        }
        onlyFields(node, MATCH_FIELDS, "match", String.join(", ", MATCH_FIELDS.stream().sorted().toList()));
        String face = Json.text(node, "face", "match");
        if (face != null && !FACES.contains(face)) {
            throw new InvalidFaultRule("match.face: unknown face \"" + face + "\"; faces are " + String.join(", ", FACES));
        }
        String pathText = Json.text(node, "path", "match");
        PathGlob path;
        try {
            path = pathText == null ? null : PathGlob.of(pathText);
        } catch (IllegalArgumentException e) {
            throw new InvalidFaultRule("match." + e.getMessage());
        }
        String method = Json.text(node, "method", "match");
        if (method != null && !METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            throw new InvalidFaultRule("match.method: \"" + method + "\" is not an HTTP method; use one of "
                    + String.join(", ", METHODS.stream().sorted().toList()));
        }
        String user = Json.text(node, "user", "match");
        if (user != null && !knownUser.test(user)) {
            throw new InvalidFaultRule("match.user: no user \"" + user + "\" in the fixtures (a portal member's user id)");
        }
        String institution = Json.text(node, "institution", "match");
        if (institution != null && !knownInstitution.test(institution)) {
            throw new InvalidFaultRule("match.institution: no institution \"" + institution + "\" in the fixtures");
        }
        String stageText = Json.text(node, "stage", "match");
        FaultStage stage = stageText == null ? null : FaultStage.fromId(stageText).orElseThrow(() ->
                new InvalidFaultRule("match.stage: unknown stage \"" + stageText + "\"; stages are " + FaultStage.ids()));
        String recipient = Json.text(node, "recipient", "match");
        if (recipient != null && !recipient.contains("@")) {
            throw new InvalidFaultRule("match.recipient: \"" + recipient + "\" is not an e-mail address");
        }
        FaultMatch match = new FaultMatch(stage, face, path, method == null ? null : method.toUpperCase(Locale.ROOT),
                user, institution, recipient);
        checkScope(match);
        return match;
    }

    private static void checkScope(FaultMatch match) {
        if (match.isStage()) {
            if (match.face() != null || match.path() != null || match.method() != null || match.user() != null) {
                throw new InvalidFaultRule("match: a stage rule matches by stage (and institution or recipient) only;"
                        + " leave out face, path, method and user");
            }
            if (match.stage() == FaultStage.MAIL_DELIVERY && match.institution() != null) {
                throw new InvalidFaultRule("match.institution: mail delivery does not know the institution;"
                        + " use recipient to pick a mail");
            }
            if (match.stage() != FaultStage.MAIL_DELIVERY && match.recipient() != null) {
                throw new InvalidFaultRule("match.recipient: only the mail-delivery stage has recipients");
            }
            return;
        }
        if (match.recipient() != null) {
            throw new InvalidFaultRule("match.recipient: only the mail-delivery stage has recipients;"
                    + " add \"stage\": \"mail-delivery\"");
        }
        if (match.face() == null && match.path() == null) {
            throw new InvalidFaultRule("match: name at least a face, a path or a stage"
                    + " (a rule for every request of every face is refused as a likely mistake)");
        }
        if (match.user() != null && match.face() != null && !match.face().equals("jupki")) {
            throw new InvalidFaultRule("match.user: only the portal (face jupki) knows the member; face "
                    + match.face() + " never matches a user");
        }
        if (match.institution() != null && match.face() != null && !List.of("jupki", "upki").contains(match.face())) {
            throw new InvalidFaultRule("match.institution: only the portal (jupki) and the NII RA pages (upki) know the"
                    + " institution; face " + match.face() + " never matches one");
        }
    }

    /** Checks that the action can act where the match points, and confines OCSP actions to the responder. */
    private static FaultMatch fitted(FaultMatch match, FaultAction action) {
        switch (action.scope()) {
            case STAGE -> {
                if (!match.isStage()) {
                    throw new InvalidFaultRule("action.type: fail acts at a workflow stage; add match.stage ("
                            + FaultStage.ids() + "), or use status or reset for HTTP requests");
                }
            }
            case HTTP -> {
                if (match.isStage()) {
                    throw new InvalidFaultRule("action.type: a stage rule's action is fail; " + action.type()
                            + " acts on HTTP requests");
                }
            }
            case OCSP -> {
                if (match.isStage() || match.face() != null && !match.face().equals("repo")
                        || match.path() != null && !match.path().confinedTo(OCSP_PATH)) {
                    throw new InvalidFaultRule("action.type: " + action.type() + " acts on the OCSP responder only;"
                            + " match face repo and a path under " + OCSP_PATH + " (or leave both out)");
                }
                if (match.user() != null || match.institution() != null) {
                    throw new InvalidFaultRule("match: the OCSP responder does not know who asks; leave out user and institution");
                }
                return new FaultMatch(null, "repo", match.path() != null ? match.path() : PathGlob.of(OCSP_PATH + "*"),
                        match.method(), null, null, null);
            }
            default -> throw new IllegalStateException();
        }
        return match;
    }

    static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidFaultRule(field + " is missing; a rule needs match and action");
        }
        return value;
    }

    static void onlyFields(JsonNode node, Set<String> allowed, String what, String listed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidFaultRule("unknown field \"" + name + "\" in " + what + "; allowed: " + listed);
            }
        }
    }

    static Duration duration(JsonNode node, String where) {
        JsonNode value = node.get("duration");
        if (value == null || !value.isTextual()) {
            throw new InvalidFaultRule(where + ".duration: give an ISO-8601 duration such as \"PT2S\" or \"PT0.5S\"");
        }
        Duration duration;
        try {
            duration = Duration.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidFaultRule(where + ".duration: \"" + value.asText() + "\" is not an ISO-8601 duration"
                    + " such as \"PT2S\"");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DELAY) > 0) {
            throw new InvalidFaultRule(where + ".duration must be above zero and at most " + MAX_DELAY
                    + " (a request thread waits that long); got " + value.asText());
        }
        return duration;
    }
}
