package dev.upkisim.workflow.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sections scenario files may have, registered once by the composition root before the first scenario is read
 * (features that add controls — maintenance windows, faults — register theirs there). The order of registration is
 * the order in which sections are applied.
 */
public final class ScenarioSections {
    private final Map<String, ScenarioSection> sections = new LinkedHashMap<>();

    public synchronized ScenarioSections register(ScenarioSection section) {
        if (section.name().equals(Scenario.DESCRIPTION) || sections.containsKey(section.name())) {
            throw new IllegalStateException("a scenario section '" + section.name() + "' is already registered");
        }
        sections.put(section.name(), section);
        return this;
    }

    public synchronized Optional<ScenarioSection> find(String name) {
        return Optional.ofNullable(sections.get(name));
    }

    public synchronized List<ScenarioSection> all() {
        return new ArrayList<>(sections.values());
    }

    public synchronized List<String> names() {
        return new ArrayList<>(sections.keySet());
    }
}
