package dev.upkisim.core;

import java.util.Objects;

/**
 * Something that happened in the simulator, as the timeline tells it (issue 5, SPEC 1.7): which face, what kind of
 * change, the application, user and institution it concerns (each optional), and a plain-language reason a trainer
 * can read aloud. Built with {@link #of} and the {@code with…} methods; the timeline adds the times and an id.
 *
 * @param face   {@code jupki}, {@code upki}, {@code acme}, {@code repo}, {@code rp}, {@code sim}, or {@code mail} for the outbox
 * @param kind   a short dotted name, e.g. {@code application.received}, {@code fault.fired}, {@code maintenance.started}
 */
public record Event(String face, String kind, Long applicationId, String user, String institution, String reason) {

    public Event {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    public static Event of(String face, String kind, String reason) {
        return new Event(face, kind, null, null, null, reason);
    }

    public Event withApplication(long id) {
        return new Event(face, kind, id, user, institution, reason);
    }

    public Event withUser(String userId) {
        return new Event(face, kind, applicationId, userId, institution, reason);
    }

    public Event withInstitution(String institutionId) {
        return new Event(face, kind, applicationId, user, institutionId, reason);
    }
}
