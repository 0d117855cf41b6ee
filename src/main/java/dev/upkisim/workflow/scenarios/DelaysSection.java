package dev.upkisim.workflow.scenarios;

import dev.upkisim.core.DelayDistribution;
import dev.upkisim.workflow.Delays;
import dev.upkisim.workflow.Delays.Stage;
import dev.upkisim.workflow.Delays.StageDelay;
import dev.upkisim.workflow.delays.DelayControls;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code delays} section (SPEC 1.6): a distribution per stage, written as in the settings —
 * {@code niiToCa: lognormal PT10M PT70M}, {@code revocation: uniform PT1M PT5M}, {@code issueButton: fixed PT8S},
 * {@code jupkiToNii: lognormal PT2M PT15M}, {@code mail: fixed PT5S} (the keys of {@link Stage}).
 * A stage left out gets the realistic profile's distribution. Scenario delays are not explicit: {@code --instant}
 * still makes them zero.
 */
public final class DelaysSection implements ScenarioSection {
    private final DelayControls controls;

    public DelaysSection(DelayControls controls) {
        this.controls = controls;
    }

    @Override
    public String name() {
        return "delays";
    }

    @Override
    public Change validate(Object value, ScenarioLocation where) {
        Map<String, Object> fields = where.map(value, Arrays.stream(Stage.values()).map(Stage::key)
                .collect(Collectors.toSet()));
        Map<Stage, DelayDistribution> distributions = new EnumMap<>(Delays.REALISTIC);
        fields.forEach((key, text) -> {
            ScenarioLocation at = where.at(key);
            Stage stage = Stage.byKey(key).orElseThrow();
            try {
                distributions.put(stage, stage.check(DelayDistribution.parse(at.text(text))));
            } catch (IllegalArgumentException e) {
                throw at.problem(e.getMessage());
            }
        });
        return change(Delays.profile(distributions, "scenario " + where.scenario(), false));
    }

    @Override
    public Change absent(ScenarioLocation where) {
        return change(Delays.profile(Delays.REALISTIC, "scenario " + where.scenario(), false));
    }

    private Change change(Map<Stage, StageDelay> stages) {
        return new SavedChange("delays: " + stages.entrySet().stream().map(entry -> entry.getKey().id() + " "
                + entry.getValue().distribution().text()).collect(Collectors.joining(", ")), (tx, occasion) -> {
                    controls.save(tx, stages);
                    return () -> controls.adopt(stages);
                });
    }
}
