package dev.upkisim.workflow.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Reads a rule's {@code trigger} (see {@link FaultRuleParser} for the format). */
final class FaultTriggerParser {
    private static final String TYPES = "next, every, probability, always";

    private FaultTriggerParser() {
    }

    static FaultTrigger parse(JsonNode node) {
        String type = Json.type(node, "trigger", TYPES);
        return switch (type) {
            case "next" -> {
                FaultRuleParser.onlyFields(node, Set.of("type", "count"), "trigger", "type, count");
                yield new FaultTrigger.Next(Json.integer(node, "count", "trigger", 1, 1_000_000));
            }
            case "every" -> {
                FaultRuleParser.onlyFields(node, Set.of("type", "n"), "trigger", "type, n");
                yield new FaultTrigger.Every(Json.integer(node, "n", "trigger", 1, 1_000_000));
            }
            case "probability" -> {
                FaultRuleParser.onlyFields(node, Set.of("type", "p", "seed"), "trigger", "type, p, seed");
                JsonNode p = node.get("p");
                if (p == null || !p.isNumber() || !(p.asDouble() > 0) || p.asDouble() > 1) {
                    throw new InvalidFaultRule("trigger.p must be a number above 0 and at most 1 (0.25 = one in four)"
                            + (p == null ? " (missing)" : "; got " + p));
                }
                JsonNode seed = node.get("seed");
                if (seed != null && !(seed.isIntegralNumber() && seed.canConvertToLong())) {
                    throw new InvalidFaultRule("trigger.seed must be a whole number (leave it out to use the run's seed)");
                }
                yield new FaultTrigger.Probability(p.asDouble(), seed == null ? null : seed.asLong());
            }
            case "always" -> {
                FaultRuleParser.onlyFields(node, Set.of("type"), "trigger", "type");
                yield new FaultTrigger.Always();
            }
            default -> throw new InvalidFaultRule("trigger.type: unknown trigger \"" + type + "\"; use one of " + TYPES);
        };
    }
}
