package dev.upkisim.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A maintenance window of one face (SPEC 1.6): {@code jupki} (the portal), {@code upki} (the NII side), {@code acme},
 * {@code repo}; one-off or recurring ({@link MaintenanceTiming}). During an occurrence the face answers with its
 * maintenance page and the work that belongs to it waits; the portal's 「障害・メンテナンス」 box (seed FAQ) announces it.
 *
 * @param id     stable name, used by {@code DELETE /sim/maintenance/{id}}
 * @param origin whether it comes from the fixtures' calendar, was added through {@code /sim/maintenance} or was set
 *               by a scenario
 */
public record MaintenanceWindow(String id, ServiceFace face, MaintenanceTiming timing, LocalizedText title, Origin origin) {

    /** Where a window was defined. */
    public enum Origin {
        /** {@code fixtures/maintenance.yaml}: read at start, not changed at run time. */
        FIXTURES,
        /** {@code POST /sim/maintenance}: kept in the data directory until deleted. */
        API,
        /**
         * The {@code maintenance} section of a scenario file (SPEC 1.6): set when the scenario is loaded or reset,
         * kept in the data directory like an API window, replaced by the next scenario loaded.
         */
        SCENARIO
    }

    /** The occurrence that contains {@code now}, if any. */
    public Optional<MaintenanceOccurrence> occurrenceAt(Instant now) {
        return timing.spanAt(now).map(span -> new MaintenanceOccurrence(this, span));
    }

    /** Occurrences overlapping {@code [from, to)}, earliest first, at most {@code limit}. */
    public List<MaintenanceOccurrence> occurrences(Instant from, Instant to, int limit) {
        return timing.spans(from, to, limit).stream().map(span -> new MaintenanceOccurrence(this, span)).toList();
    }

    /** The default title when none is given: "{face} メンテナンス" / "{face} maintenance". */
    public static LocalizedText defaultTitle(ServiceFace face) {
        return new LocalizedText(face.label().ja() + " メンテナンス", face.label().en() + " maintenance");
    }
}
