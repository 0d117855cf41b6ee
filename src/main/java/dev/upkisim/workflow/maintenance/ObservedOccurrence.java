package dev.upkisim.workflow.maintenance;

import dev.upkisim.core.MaintenanceOccurrence;
import dev.upkisim.core.ServiceFace;
import java.time.Instant;

/**
 * An occurrence the {@link MaintenanceWatch} has seen going on, as it is remembered across restarts: enough to tell
 * its end on the timeline even when its window has been deleted since.
 */
record ObservedOccurrence(String key, String windowId, ServiceFace face, String title, Instant start, Instant end) {

    static ObservedOccurrence of(MaintenanceOccurrence occurrence) {
        return new ObservedOccurrence(occurrence.key(), occurrence.window().id(), occurrence.face(),
                occurrence.window().title().en(), occurrence.start(), occurrence.end());
    }
}
