package dev.upkisim.workflow.maintenance;

import dev.upkisim.core.JapanTime;
import dev.upkisim.core.MaintenanceOccurrence;
import dev.upkisim.core.MaintenanceTiming;
import dev.upkisim.core.MaintenanceWindow;
import dev.upkisim.core.Recurrence;
import dev.upkisim.core.ServiceFace;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the timeline says about maintenance (issue 5: "a plain-language reason a trainer can read aloud"), in one place
 * so the events tell one consistent story. Times are given in JST, the service's own time.
 */
final class MaintenanceReasons {
    private MaintenanceReasons() {
    }

    static String scheduled(MaintenanceWindow window) {
        return "Maintenance window '" + window.id() + "' of the " + window.face().label().en() + " was added through"
                + " /sim/maintenance: " + when(window) + " (" + window.title().en() + ").";
    }

    static String cancelled(MaintenanceWindow window) {
        return "Maintenance window '" + window.id() + "' of the " + window.face().label().en() + " was deleted through"
                + " /sim/maintenance (" + when(window) + ").";
    }

    static String cancelledAll(List<MaintenanceWindow> windows) {
        return "Every maintenance window added through /sim/maintenance was deleted: "
                + windows.stream().map(MaintenanceWindow::id).collect(Collectors.joining(", ")) + ".";
    }

    static String setByScenario(MaintenanceWindow window, String scenario) {
        return "Maintenance window '" + window.id() + "' of the " + window.face().label().en() + " was set by scenario "
                + scenario + ": " + when(window) + " (" + window.title().en() + ").";
    }

    static String replacedByScenario(List<MaintenanceWindow> windows, String scenario) {
        return "Loading scenario " + scenario + " deleted the maintenance windows added at run time: "
                + windows.stream().map(MaintenanceWindow::id).collect(Collectors.joining(", ")) + ".";
    }

    static String started(MaintenanceOccurrence occurrence, Instant observedAt) {
        return "The " + occurrence.face().label().en() + " went into maintenance at " + JapanTime.plain(occurrence.start())
                + " (window '" + occurrence.window().id() + "': " + occurrence.window().title().en() + "), until "
                + JapanTime.plain(occurrence.end()) + ". Until then " + effect(occurrence.face()) + "."
                + late(occurrence.start(), observedAt);
    }

    static String ended(ObservedOccurrence occurrence, Instant observedAt, boolean deleted, long blocked) {
        boolean early = deleted && occurrence.end().isAfter(observedAt);
        return "The " + occurrence.face().label().en() + " came out of maintenance "
                + (early ? "early, its window deleted" : "at " + JapanTime.plain(occurrence.end())) + " (window '"
                + occurrence.windowId() + "': " + occurrence.title() + "). " + blocked
                + (blocked == 1 ? " request was" : " requests were") + " answered with the maintenance page; work that"
                + " waited runs now." + (early ? "" : late(occurrence.end(), observedAt));
    }

    static String passed(MaintenanceOccurrence occurrence, Instant observedAt) {
        return "The " + occurrence.face().label().en() + " was in maintenance from " + JapanTime.plain(occurrence.start())
                + " to " + JapanTime.plain(occurrence.end()) + " (window '" + occurrence.window().id() + "': "
                + occurrence.window().title().en() + "), while the"
                + " simulated clock jumped to " + JapanTime.plain(observedAt) + ": no request or job fell into it.";
    }

    static String passedUncounted(int more, Instant from, Instant to) {
        return more + " more maintenance occurrences began and ended while the simulated clock jumped from "
                + JapanTime.plain(from) + " to " + JapanTime.plain(to) + "; they are not listed one by one.";
    }

    static String blocked(MaintenanceOccurrence occurrence, String request) {
        return "The " + occurrence.face().label().en() + " answered " + request + " with its maintenance page (HTTP 503,"
                + " until " + JapanTime.plain(occurrence.end()) + "). This is the first such request of this maintenance;"
                + " /sim/maintenance counts the others.";
    }

    static String paused(String work, MaintenanceOccurrence occurrence) {
        return capitalized(work) + " waits: the " + occurrence.face().label().en() + " is in maintenance until "
                + JapanTime.plain(occurrence.end()) + " (" + occurrence.window().title().en() + "); it runs then.";
    }

    static String resumedEarly(int jobs, MaintenanceOccurrence occurrence) {
        return jobs + (jobs == 1 ? " job that was" : " jobs that were") + " waiting for the end of maintenance window '"
                + occurrence.window().id() + "' of the " + occurrence.face().label().en() + " (planned until "
                + JapanTime.plain(occurrence.end()) + ") run now: the window was deleted.";
    }

    /** "2026-12-19 09:00 JST to 2026-12-19 18:00 JST", or the rule of a recurring window. */
    static String when(MaintenanceWindow window) {
        if (window.timing() instanceof MaintenanceTiming.Once once) {
            return JapanTime.plain(once.span().start()) + " to " + JapanTime.plain(once.span().end());
        }
        return ((Recurrence) window.timing()).describe().en();
    }

    private static String effect(ServiceFace face) {
        return switch (face) {
            case JUPKI -> "the portal answers with its maintenance page (HTTP 503) and its expiry-warning scan waits";
            case UPKI -> "the NII pages answer with the maintenance page (HTTP 503), and uploaded applications and"
                    + " revocations wait to be processed";
            case ACME -> "ACME clients get HTTP 503 with Retry-After";
            case REPO -> "CA certificates, CRLs and OCSP at /repo/ answer HTTP 503 with Retry-After";
        };
    }

    /** " Noticed at …" when the clock had already moved on (a jump, or the simulator was stopped). */
    private static String late(Instant edge, Instant observedAt) {
        return observedAt.isAfter(edge.plusSeconds(60))
                ? " Noticed at " + JapanTime.plain(observedAt) + ", after the simulated clock had moved on." : "";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
