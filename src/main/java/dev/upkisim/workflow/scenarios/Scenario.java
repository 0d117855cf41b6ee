package dev.upkisim.workflow.scenarios;

import dev.upkisim.core.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A scenario file, read and validated (issue 5 item 5, SPEC 1.6): a {@code description} in Japanese and English, and
 * any of the registered {@link ScenarioSection sections}, e.g.
 * <pre>
 * description:
 *   ja: 「発行」の二度押しで申請が止まる様子を見せる
 *   en: Show how a double click on 「発行」 leaves the application stuck
 * clock: {speed: 1, frozen: false}
 * delays: {niiToCa: fixed PT0S, issueButton: fixed PT8S}
 * quirks: {doubleSubmit: faithful}
 * maintenance: [{face: upki, duration: PT2H}]
 * faults: [{match: {stage: nii-to-ca}, trigger: {type: next, count: 1}, action: {type: fail}}]
 * </pre>
 *
 * @param changes each registered section's change, in registration order (the absent ones' defaults included)
 */
public record Scenario(String name, String file, LocalizedText description, List<Applied> changes) {
    public static final String DESCRIPTION = "description";

    /** One section's validated change. */
    public record Applied(String section, ScenarioSection.Change change) {
    }

    /**
     * Reads and validates a scenario file; throws {@link InvalidScenarioException} naming the file and key of the
     * first problem.
     */
    public static Scenario parse(String name, String file, String yaml, ScenarioSections sections) {
        ScenarioLocation top = new ScenarioLocation(name, file, "");
        Object root;
        try {
            root = new Yaml(new LoaderOptions()).load(yaml);
        } catch (MarkedYAMLException e) {
            throw top.problem("not valid YAML: " + e.getProblem() + " (line " + (e.getProblemMark().getLine() + 1) + ")");
        } catch (YAMLException e) {
            throw top.problem("not valid YAML: " + e.getMessage());
        }
        Set<String> known = new TreeSet<>(sections.names());
        known.add(DESCRIPTION);
        if (!(root instanceof Map<?, ?> map)) {
            throw top.problem("must be a map with a description and any of: " + String.join(", ", sections.names()));
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            String section = String.valueOf(key);
            if (!known.contains(section)) {
                throw top.at(section).problem("unknown section; known: " + String.join(", ", known));
            }
            entries.put(section, value);
        });
        LocalizedText description = description(entries.get(DESCRIPTION), top.at(DESCRIPTION));
        List<Applied> changes = new ArrayList<>();
        for (ScenarioSection section : sections.all()) {
            ScenarioLocation where = top.at(section.name());
            changes.add(new Applied(section.name(), entries.containsKey(section.name())
                    ? section.validate(entries.get(section.name()), where) : section.absent(where)));
        }
        return new Scenario(name, file, description, List.copyOf(changes));
    }

    /** What the scenario sets, for the timeline: {@code clock: …; delays: …; quirks: …}. */
    public String summary() {
        return changes.stream().map(applied -> applied.change().summary()).collect(Collectors.joining("; "));
    }

    private static LocalizedText description(Object value, ScenarioLocation where) {
        if (value == null) {
            throw where.problem("missing; give the scenario a description with ja and en");
        }
        Map<String, Object> texts = where.map(value, Set.of("ja", "en"));
        if (!texts.containsKey("ja") || !texts.containsKey("en")) {
            throw where.problem("needs both ja and en");
        }
        return new LocalizedText(where.at("ja").text(texts.get("ja")), where.at("en").text(texts.get("en")));
    }
}
