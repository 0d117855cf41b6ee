package dev.upkisim.workflow.faults;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A rule as JSON, in the very format {@link FaultRuleParser} reads (only the fields that are set, defaults
 * written out), so what {@code GET /sim/faults} shows can be posted again and what is stored reads back the same.
 */
public final class FaultRuleJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FaultRuleJson() {
    }

    /** {@code {"match": {...}, "trigger": {...}, "action": {...}}}, without id or counts. */
    public static ObjectNode write(FaultRule rule) {
        ObjectNode node = NODES.objectNode();
        node.set("match", match(rule.match()));
        node.set("trigger", trigger(rule.trigger()));
        node.set("action", action(rule.action()));
        return node;
    }

    private static ObjectNode match(FaultMatch match) {
        ObjectNode node = NODES.objectNode();
        if (match.stage() != null) {
            node.put("stage", match.stage().id());
        }
        putIfSet(node, "face", match.face());
        putIfSet(node, "path", match.path() == null ? null : match.path().text());
        putIfSet(node, "method", match.method());
        putIfSet(node, "user", match.user());
        putIfSet(node, "institution", match.institution());
        putIfSet(node, "recipient", match.recipient());
        return node;
    }

    private static ObjectNode trigger(FaultTrigger trigger) {
        ObjectNode node = NODES.objectNode().put("type", trigger.type());
        if (trigger instanceof FaultTrigger.Next next) {
            node.put("count", next.count());
        } else if (trigger instanceof FaultTrigger.Every every) {
            node.put("n", every.n());
        } else if (trigger instanceof FaultTrigger.Probability probability) {
            node.put("p", probability.p());
            if (probability.seed() != null) {
                node.put("seed", probability.seed());
            }
        }
        return node;
    }

    private static ObjectNode action(FaultAction action) {
        ObjectNode node = NODES.objectNode().put("type", action.type());
        if (action instanceof FaultAction.Status status) {
            node.put("status", status.status());
        } else if (action instanceof FaultAction.Fail fail && fail.message() != null) {
            node.put("message", fail.message());
        }
        action.delay().ifPresent(delay -> node.put("duration", delay.toString()));
        return node;
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
