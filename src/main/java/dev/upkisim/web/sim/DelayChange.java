package dev.upkisim.web.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.core.DelayDistribution;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.Delays.Stage;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST /sim/delays}: one stage and its new distribution, exactly one of
 * <pre>
 * {"stage": "nii-to-ca", "fixed": "PT5M"}
 * {"stage": "nii-to-ca", "uniform": {"min": "PT1M", "max": "PT10M"}}
 * {"stage": "nii-to-ca", "logNormal": {"median": "PT10M", "p95": "PT70M"}}
 * </pre>
 * Stages: {@code nii-to-ca}, {@code revocation}, {@code issue-button}, {@code jupki-to-nii}, {@code mail} (every
 * {@link Stage}); durations are ISO-8601. The same shape is what
 * {@code GET /sim/delays} shows as each stage's {@code distribution}.
 */
record DelayChange(Stage stage, DelayDistribution distribution) {
    private static final Set<String> KINDS = Set.of("fixed", "uniform", "logNormal");

    static DelayChange parse(JsonNode body) {
        JsonBodies.onlyFields(body, Set.of("stage", "fixed", "uniform", "logNormal"));
        String stageId = JsonBodies.text(body, "stage", "one of " + stageIds());
        Stage stage = Stage.byId(stageId).orElseThrow(() -> WebError.badRequest("unknown stage '" + stageId
                + "'; allowed: " + stageIds()));
        List<String> kinds = KINDS.stream().filter(body::has).toList();
        if (kinds.size() != 1) {
            throw WebError.badRequest("give exactly one of fixed (\"PT5M\"), uniform ({\"min\": …, \"max\": …}) or"
                    + " logNormal ({\"median\": …, \"p95\": …})");
        }
        DelayDistribution distribution;
        try {
            distribution = switch (kinds.get(0)) {
                case "fixed" -> new DelayDistribution.Fixed(duration(body, "fixed"));
                case "uniform" -> {
                    JsonNode uniform = object(body, "uniform", "min", "max");
                    yield new DelayDistribution.Uniform(duration(uniform, "min"), duration(uniform, "max"));
                }
                default -> {
                    JsonNode logNormal = object(body, "logNormal", "median", "p95");
                    yield new DelayDistribution.LogNormal(duration(logNormal, "median"), duration(logNormal, "p95"));
                }
            };
            return new DelayChange(stage, stage.check(distribution));
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest(stage.id() + ": " + e.getMessage());
        }
    }

    private static JsonNode object(JsonNode body, String field, String first, String second) {
        JsonNode node = body.get(field);
        if (!node.isObject()) {
            throw WebError.badRequest(field + " must be an object {\"" + first + "\": …, \"" + second + "\": …}");
        }
        JsonBodies.onlyFields(node, Set.of(first, second));
        return node;
    }

    private static Duration duration(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw WebError.badRequest(field + " must be an ISO-8601 duration string such as \"PT10M\"");
        }
        try {
            Duration duration = Duration.parse(value.asText().trim().toUpperCase(Locale.ROOT));
            if (duration.isNegative()) {
                throw WebError.badRequest(field + " must not be negative");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw WebError.badRequest(field + ": '" + value.asText() + "' is not an ISO-8601 duration such as \"PT10M\"");
        }
    }

    private static String stageIds() {
        return Arrays.stream(Stage.values()).map(Stage::id).collect(Collectors.joining(", "));
    }
}
