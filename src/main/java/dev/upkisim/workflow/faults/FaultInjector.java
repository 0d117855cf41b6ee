package dev.upkisim.workflow.faults;

import dev.upkisim.core.Event;
import java.util.List;

/**
 * Asks the {@link FaultBook} about one HTTP request or one workflow step, and tells the timeline about each firing
 * (kind {@code fault.fired}: the face, the path or step, the user and institution when known, and a reason that
 * names the rule). The web layer carries out HTTP decisions; stages get an {@link InjectedFault} thrown.
 */
public final class FaultInjector {
    public static final String FIRED = "fault.fired";
    private static final String NII_FACE = "upki";
    private final FaultBook book;

    public FaultInjector(FaultBook book) {
        this.book = book;
    }

    /** Whether any rule is in force (when not, callers skip building a request description). */
    public boolean active() {
        return !book.isEmpty();
    }

    /** How many rules are in force (e.g. restored from the data directory at start). */
    public int rulesInForce() {
        return book.reports().size();
    }

    public FaultDecision forRequest(HttpFaultRequest request) {
        if (book.isEmpty()) {
            return FaultDecision.NONE;
        }
        List<Firing> firings = book.consider(match -> match.matches(request), firing -> fired(request, firing));
        return FaultDecision.of(firings);
    }

    /**
     * Called at the start of a stage's attempt.
     *
     * @throws InjectedFault when a rule makes this attempt fail
     */
    public void atStage(FaultStage stage, StageSubject subject) {
        if (book.isEmpty()) {
            return;
        }
        List<Firing> firings = book.consider(match -> match.matches(stage, subject), firing -> fired(stage, subject, firing));
        if (!firings.isEmpty()) {
            Firing firing = firings.get(0);
            String message = firing.rule().action() instanceof FaultAction.Fail fail && fail.message() != null
                    ? ": " + fail.message() : "";
            throw new InjectedFault(firing.rule().id(), "fault rule " + firing.rule().id() + " made " + stage.label()
                    + " fail on purpose for " + subject.what() + message);
        }
    }

    private static Event fired(HttpFaultRequest request, Firing firing) {
        String who = request.user() != null ? " for user " + request.user()
                : request.institution() != null ? " for institution " + request.institution() : "";
        Event event = Event.of(request.face(), FIRED, "Fault rule " + firing.rule().id() + " fired on " + request.where()
                + who + ": " + firing.rule().action().describe() + "." + rest(firing));
        event = request.user() == null ? event : event.withUser(request.user());
        return request.institution() == null ? event : event.withInstitution(request.institution());
    }

    private static Event fired(FaultStage stage, StageSubject subject, Firing firing) {
        Event event = Event.of(NII_FACE, FIRED, "Fault rule " + firing.rule().id() + " fired at " + stage.label()
                + " for " + subject.what() + ": " + firing.rule().action().describe() + "; it will be tried again later."
                + rest(firing));
        event = subject.applicationId() == null ? event : event.withApplication(subject.applicationId());
        return subject.institution() == null ? event : event.withInstitution(subject.institution());
    }

    private static String rest(Firing firing) {
        return " Rule: " + firing.rule().match().describe() + ", " + firing.rule().trigger().describe()
                + "; this was match " + firing.match() + ", firing " + firing.fired() + ".";
    }
}
