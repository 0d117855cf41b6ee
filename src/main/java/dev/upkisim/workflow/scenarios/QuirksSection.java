package dev.upkisim.workflow.scenarios;

import dev.upkisim.workflow.quirks.Quirk;
import dev.upkisim.workflow.quirks.QuirkControls;
import dev.upkisim.workflow.quirks.QuirkMode;
import dev.upkisim.workflow.quirks.Quirks;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code quirks} section (issue 5 item 4): {@code faithful} or {@code fixed} per quirk, e.g.
 * {@code doubleSubmit: fixed}. A quirk left out is faithful, as the real service is.
 */
public final class QuirksSection implements ScenarioSection {
    private final QuirkControls controls;

    public QuirksSection(QuirkControls controls) {
        this.controls = controls;
    }

    @Override
    public String name() {
        return "quirks";
    }

    @Override
    public Change validate(Object value, ScenarioLocation where) {
        Map<String, Object> fields = where.map(value, Arrays.stream(Quirk.values()).map(Quirk::id)
                .collect(Collectors.toSet()));
        Map<Quirk, QuirkMode> modes = Quirks.allFaithful();
        fields.forEach((key, text) -> {
            ScenarioLocation at = where.at(key);
            try {
                modes.put(Quirk.byId(key).orElseThrow(), QuirkMode.parse(at.text(text)));
            } catch (IllegalArgumentException e) {
                throw at.problem(e.getMessage());
            }
        });
        return change(modes);
    }

    @Override
    public Change absent(ScenarioLocation where) {
        return change(Quirks.allFaithful());
    }

    private Change change(Map<Quirk, QuirkMode> modes) {
        return new SavedChange("quirks: " + modes.entrySet().stream().map(entry -> entry.getKey().id() + " "
                + entry.getValue().id()).collect(Collectors.joining(", ")), (tx, occasion) -> {
                    controls.save(tx, modes);
                    return () -> controls.adopt(modes);
                });
    }
}
