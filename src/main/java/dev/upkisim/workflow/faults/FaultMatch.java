package dev.upkisim.workflow.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * Which requests or workflow steps a fault rule is about (issue 5 item 3: "rules that match a face, path pattern,
 * user or institution"). Every field that is set must fit; unset fields ({@code null}) fit anything. A rule is
 * either about HTTP requests ({@code face}, {@code path}, {@code method}, {@code user}, {@code institution}) or
 * about a workflow {@code stage} (with {@code institution} for the application stages, {@code recipient} for mail
 * delivery) — never both; {@link FaultRuleParser} enforces that.
 *
 * @param stage       a workflow stage, or {@code null} for an HTTP rule
 * @param face        {@code jupki}, {@code upki}, {@code repo}, {@code acme}, {@code rp}, {@code sim} or {@code home}
 * @param path        a {@link PathGlob} on the request path
 * @param method      an HTTP method in capitals
 * @param user        a portal member's user id from the fixtures (only the portal knows who asks)
 * @param institution an institution id from the fixtures: the portal member's or the RA's (client certificate),
 *                    or the application's at a stage
 * @param recipient   one envelope recipient of a mail (mail delivery only), compared ignoring case
 */
public record FaultMatch(FaultStage stage, String face, PathGlob path, String method, String user, String institution,
                         String recipient) {

    public boolean isStage() {
        return stage != null;
    }

    public boolean matches(HttpFaultRequest request) {
        return stage == null
                && (face == null || face.equals(request.face()))
                && (path == null || path.matches(request.path()))
                && (method == null || method.equalsIgnoreCase(request.method()))
                && (user == null || user.equals(request.user()))
                && (institution == null || institution.equals(request.institution()));
    }

    public boolean matches(FaultStage at, StageSubject subject) {
        return stage == at
                && (institution == null || institution.equals(subject.institution()))
                && (recipient == null || subject.recipients().stream().anyMatch(recipient::equalsIgnoreCase));
    }

    /** e.g. "face upki, POST /upki-odcert/*.do, institution example-u" or "stage nii-to-ca". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (stage != null) {
            parts.add("stage " + stage.id());
        }
        if (face != null) {
            parts.add("face " + face);
        }
        if (method != null || path != null) {
            parts.add((method == null ? "" : method + " ") + (path == null ? "any path" : path.text()));
        }
        if (user != null) {
            parts.add("user " + user);
        }
        if (institution != null) {
            parts.add("institution " + institution);
        }
        if (recipient != null) {
            parts.add("mail to " + recipient);
        }
        return String.join(", ", parts);
    }
}
