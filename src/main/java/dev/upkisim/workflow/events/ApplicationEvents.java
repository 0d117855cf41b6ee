package dev.upkisim.workflow.events;

import dev.upkisim.core.Application;
import dev.upkisim.core.Event;

/**
 * Events about one application on the NII side (face {@code upki}): they carry the application, its institution
 * and its user — the member's e-mail address, or the administrator's for a server certificate — so the timeline
 * can be filtered by any of them.
 */
public final class ApplicationEvents {
    public static final String FACE = "upki";

    private ApplicationEvents() {
    }

    public static Event of(Application application, String kind, String reason) {
        var request = application.request();
        String user = request.userEmail() != null ? request.userEmail() : request.adminEmail();
        Event event = Event.of(FACE, kind, "application " + application.id() + ": " + reason)
                .withApplication(application.id()).withInstitution(application.institutionId());
        return user == null ? event : event.withUser(user);
    }
}
