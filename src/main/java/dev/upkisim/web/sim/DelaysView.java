package dev.upkisim.web.sim;

import dev.upkisim.core.DelayDistribution;
import dev.upkisim.workflow.Delays;
import dev.upkisim.workflow.Delays.Stage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /sim/delays} (and the answer to {@code POST}):
 * <pre>
 * {"seed": 20260304, "instant": false, "stages": [
 *   {"stage": "nii-to-ca", "setting": "delays.niiToCa", "description": "…",
 *    "distribution": {"logNormal": {"median": "PT10M", "p95": "PT70M"}}, "text": "lognormal PT10M PT70M",
 *    "source": "scenario realistic", "explicit": false, "zeroedByInstant": false, "limit": "PT720H"}, …]}
 * </pre>
 * {@code zeroedByInstant}: {@code --instant} makes this stage's delay zero (it came from a scenario, not set explicitly).
 */
record DelaysView(long seed, boolean instant, List<StageView> stages) {

    record StageView(String stage, String setting, String description, Map<String, Object> distribution, String text,
                     String source, boolean explicit, boolean zeroedByInstant, String limit) {
    }

    static DelaysView of(Delays delays) {
        return new DelaysView(delays.seed(), delays.instant(), Arrays.stream(Stage.values()).map(stage -> {
            Delays.StageDelay delay = delays.stages().get(stage);
            return new StageView(stage.id(), "delays." + stage.key(), stage.description(), json(delay.distribution()),
                    delay.distribution().text(), delay.source(), delay.explicit(), delays.zeroedByInstant(stage),
                    stage.limit().toString());
        }).toList());
    }

    /** The same shape as the POST body's distribution. */
    static Map<String, Object> json(DelayDistribution distribution) {
        if (distribution instanceof DelayDistribution.Fixed fixed) {
            return Map.of("fixed", fixed.delay().toString());
        }
        if (distribution instanceof DelayDistribution.Uniform uniform) {
            return Map.of("uniform", inOrder("min", uniform.min().toString(), "max", uniform.max().toString()));
        }
        DelayDistribution.LogNormal logNormal = (DelayDistribution.LogNormal) distribution;
        return Map.of("logNormal", inOrder("median", logNormal.median().toString(), "p95", logNormal.p95().toString()));
    }

    private static Map<String, String> inOrder(String firstKey, String first, String secondKey, String second) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put(firstKey, first);
        fields.put(secondKey, second);
        return fields;
    }
}
