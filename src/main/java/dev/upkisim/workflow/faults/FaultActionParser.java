package dev.upkisim.workflow.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Reads a rule's {@code action} (see {@link FaultRuleParser} for the format and an example of each). */
final class FaultActionParser {
    private static final String TYPES = "delay, status, reset, fail, tryLater, stale, unknown, slow";

    private FaultActionParser() {
    }

    static FaultAction parse(JsonNode node) {
        String type = Json.type(node, "action", TYPES);
        return switch (type) {
            case "delay" -> {
                only(node, "type, duration", "duration");
                yield new FaultAction.Delay(FaultRuleParser.duration(node, "action"));
            }
            case "slow" -> {
                only(node, "type, duration", "duration");
                yield new FaultAction.Slow(FaultRuleParser.duration(node, "action"));
            }
            case "status" -> {
                only(node, "type, status", "status");
                yield new FaultAction.Status(Json.integer(node, "status", "action", 400, 599));
            }
            case "reset" -> {
                only(node, "type");
                yield new FaultAction.Reset();
            }
            case "fail" -> {
                only(node, "type, message", "message");
                yield new FaultAction.Fail(Json.text(node, "message", "action"));
            }
            case "tryLater" -> ocsp(node, OcspKnob.TRY_LATER);
            case "stale" -> ocsp(node, OcspKnob.STALE);
            case "unknown" -> ocsp(node, OcspKnob.UNKNOWN);
            default -> throw new InvalidFaultRule("action.type: unknown action \"" + type + "\"; use one of " + TYPES);
        };
    }

    private static FaultAction ocsp(JsonNode node, OcspKnob knob) {
        only(node, "type");
        return new FaultAction.Ocsp(knob);
    }

    private static void only(JsonNode node, String listed, String... fields) {
        Set<String> allowed = new java.util.HashSet<>(Set.of(fields));
        allowed.add("type");
        FaultRuleParser.onlyFields(node, allowed, "action", listed);
    }
}
