package dev.upkisim.workflow.scenarios;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.workflow.faults.FaultBook;
import dev.upkisim.workflow.faults.FaultRule;
import dev.upkisim.workflow.faults.FaultRuleParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code faults} section (SPEC 1.6: fault rules are "loaded from scenario files"): a list of rules written as the
 * body of {@code POST /sim/faults} ({@link FaultRuleParser} has the format), in YAML, e.g.
 * <pre>
 * faults:
 *   - {match: {stage: nii-to-ca}, trigger: {type: next, count: 1}, action: {type: fail, message: CA busy}}
 *   - {match: {stage: mail-delivery}, trigger: {type: next, count: 2}, action: {type: fail}}
 * </pre>
 * They replace every rule in force, with ids from 1 and counters at zero; a scenario without the section removes
 * every rule. A reset re-applies the scenario, so its rules start afresh (a spent "fail the next 1" fires again);
 * a restart does not, so rules and counters stay as they were saved.
 */
public final class FaultsSection implements ScenarioSection {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FaultRuleParser parser;
    private final FaultBook book;

    /** @param parser checks user and institution ids against the fixtures, as {@code POST /sim/faults} does */
    public FaultsSection(FaultRuleParser parser, FaultBook book) {
        this.parser = parser;
        this.book = book;
    }

    @Override
    public String name() {
        return "faults";
    }

    @Override
    public Change validate(Object value, ScenarioLocation where) {
        List<Map<?, ?>> entries = where.listOfMaps(value, "fault rule");
        List<FaultRule> rules = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            try {
                rules.add(parser.parse(JSON.valueToTree(entries.get(i))));
            } catch (IllegalArgumentException e) { // InvalidFaultRule names the field
                throw where.item(i).problem(e.getMessage());
            }
        }
        return change(where.scenario(), List.copyOf(rules));
    }

    @Override
    public Change absent(ScenarioLocation where) {
        return change(where.scenario(), List.of());
    }

    private Change change(String scenario, List<FaultRule> rules) {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            described.add(rules.get(i).withId(i + 1).describe());
        }
        return new SavedChange("faults: " + (described.isEmpty() ? "none" : String.join(", ", described)),
                (tx, occasion) -> book.replaceIn(tx, rules, scenario, occasion == Occasion.LOAD));
    }
}
