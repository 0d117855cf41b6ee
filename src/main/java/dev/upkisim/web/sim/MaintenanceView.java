package dev.upkisim.web.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.upkisim.core.LocalizedText;
import dev.upkisim.core.MaintenanceOccurrence;
import dev.upkisim.core.MaintenanceTiming;
import dev.upkisim.core.Recurrence;
import dev.upkisim.workflow.maintenance.MaintenanceControl;
import dev.upkisim.workflow.maintenance.MaintenanceWindowFields;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One maintenance window as {@code /sim/maintenance} shows it: its definition in the same fields a POST takes
 * ({@code start}/{@code end}, or {@code every}/{@code from}/{@code to}/{@code zone} with a readable {@code rule}),
 * whether it is going on ({@code active}, {@code current} with the requests turned away so far), its next
 * occurrences, and {@code over} for a one-off window that has passed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MaintenanceView(String id, String face, String origin, LocalizedText title, Instant start, Instant end,
                       Object every, String from, String to, String zone, LocalizedText rule, boolean active,
                       Current current, List<Span> next, boolean over) {

    record Span(Instant start, Instant end) {
        static Span of(MaintenanceOccurrence occurrence) {
            return new Span(occurrence.start(), occurrence.end());
        }
    }

    record Current(Instant start, Instant end, long blockedRequests) {
    }

    /** The list: the simulated instant it was read at, and the windows. */
    record Listing(Instant now, List<MaintenanceView> windows) {
    }

    static MaintenanceView of(MaintenanceControl.WindowState state) {
        var window = state.window();
        var fields = MaintenanceWindowFields.of(window);
        Instant start = null;
        Instant end = null;
        LocalizedText rule = null;
        if (window.timing() instanceof MaintenanceTiming.Once once) {
            start = once.span().start();
            end = once.span().end();
        } else {
            rule = ((Recurrence) window.timing()).describe();
        }
        Current current = state.current().map(occurrence -> new Current(occurrence.start(), occurrence.end(),
                state.blockedRequests())).orElse(null);
        return new MaintenanceView(window.id(), window.face().id(), window.origin().name().toLowerCase(Locale.ROOT),
                window.title(), start, end, fields.get("every"), (String) fields.get("from"), (String) fields.get("to"),
                (String) fields.get("zone"), rule, current != null, current, state.next().stream().map(Span::of).toList(),
                state.over());
    }
}
