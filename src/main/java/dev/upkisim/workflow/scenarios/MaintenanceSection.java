package dev.upkisim.workflow.scenarios;

import dev.upkisim.core.MaintenanceTiming;
import dev.upkisim.core.MaintenanceWindow;
import dev.upkisim.core.Recurrence;
import dev.upkisim.workflow.maintenance.ScenarioWindows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code maintenance} section (SPEC 1.6: scenarios set maintenance): a list of windows written as in
 * {@code fixtures/maintenance.yaml} and {@code POST /sim/maintenance}, e.g.
 * <pre>
 * maintenance:
 *   - {face: upki, duration: PT2H, title: {ja: システム更新作業, en: System update}}
 *   - {face: jupki, every: {nth: 3, weekday: SATURDAY}, from: "09:00", to: "18:00"}
 * </pre>
 * They replace every window added at run time (through the API or by the scenario before); a scenario without the
 * section deletes those and adds none. The fixtures' calendar is not touched. A window given only a duration starts
 * at the simulated instant the scenario is loaded — and again at a reset, which re-applies the scenario: "now" is
 * when the trainer asked. A restart does not load the scenario again, so the windows stay as they were saved. Ids
 * default to {@code scenario-1}, {@code scenario-2}, …; a one-off window that is already over is allowed (it is listed
 * as over). Known limit: a duration-only window starts before the same file's {@code clock.advance} moves the clock.
 */
public final class MaintenanceSection implements ScenarioSection {
    /** The instant duration-only windows are checked at; the real start is the simulated now at loading. */
    private static final Instant CHECKED_AT = Instant.EPOCH;
    private final ScenarioWindows windows;

    public MaintenanceSection(ScenarioWindows windows) {
        this.windows = windows;
    }

    @Override
    public String name() {
        return "maintenance";
    }

    @Override
    public Change validate(Object value, ScenarioLocation where) {
        List<Map<?, ?>> entries = where.listOfMaps(value, "maintenance window");
        Set<String> ids = new HashSet<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ScenarioLocation at = where.item(i);
            MaintenanceWindow window;
            try {
                window = ScenarioWindows.window(entries.get(i), i, CHECKED_AT);
            } catch (IllegalArgumentException e) {
                throw at.problem(e.getMessage());
            }
            if (!ids.add(window.id())) {
                throw at.problem("id '" + window.id() + "' is used by another window of this file; give each its own");
            }
            if (windows != null && windows.fromFixtures(window.id())) { // null: only checking the file (tests, tools)
                throw at.problem("id '" + window.id() + "' is a window of the fixtures' maintenance.yaml; choose another");
            }
            described.add(describe(window, entries.get(i)));
        }
        List<Map<?, ?>> copies = entries.stream().<Map<?, ?>>map(LinkedHashMap::new).toList();
        return change(where.scenario(), copies, described);
    }

    @Override
    public Change absent(ScenarioLocation where) {
        return change(where.scenario(), List.of(), List.of());
    }

    private static String describe(MaintenanceWindow window, Map<?, ?> entry) {
        String when;
        if (entry.get("start") == null && entry.get("duration") != null) {
            when = "from now for " + String.valueOf(entry.get("duration")).trim();
        } else if (window.timing() instanceof MaintenanceTiming.Once once) {
            when = once.span().start() + " to " + once.span().end();
        } else {
            when = ((Recurrence) window.timing()).describe().en();
        }
        return window.id() + " " + window.face().id() + " " + when;
    }

    private Change change(String scenario, List<Map<?, ?>> entries, List<String> described) {
        return new SavedChange("maintenance: " + (described.isEmpty() ? "none added" : String.join(", ", described)),
                (tx, occasion) -> windows.replaceIn(tx, entries, scenario, occasion == Occasion.LOAD));
    }
}
