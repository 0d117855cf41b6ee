package dev.upkisim.workflow.faults;

import java.time.Duration;
import java.util.Optional;

/**
 * What a fired rule does (issue 5 item 3, issue 6 item 2). Each action belongs to one {@link Scope}: HTTP actions
 * act on any request of any face, OCSP actions only on the repository's OCSP responder, the stage action only at a
 * workflow stage. A delay lets the request go on afterwards (and further rules be considered); every other action
 * ends the request's or step's fault evaluation.
 */
public sealed interface FaultAction {

    /** Where an action can act. */
    enum Scope { HTTP, OCSP, STAGE }

    /** The JSON {@code type}. */
    String type();

    Scope scope();

    /** Plain words, e.g. "answer HTTP 503 with the face's error page". */
    String describe();

    /** The wait this action adds before the request goes on, if any. */
    default Optional<Duration> delay() {
        return Optional.empty();
    }

    /** Whether later rules are still considered for the same request (only after a delay). */
    default boolean letsRequestGoOn() {
        return delay().isPresent();
    }

    /**
     * Waits {@code duration} of real time, then answers as usual ({@code {"type":"delay","duration":"PT2S"}}). Real
     * time, not simulated: the one waiting is an HTTP client whose timeouts run on the wall clock, and a frozen or
     * sped-up simulated clock would make the wait endless or vanish.
     */
    record Delay(Duration duration) implements FaultAction {
        @Override
        public String type() {
            return "delay";
        }

        @Override
        public Scope scope() {
            return Scope.HTTP;
        }

        @Override
        public String describe() {
            return "delay the answer by " + Durations.words(duration);
        }

        @Override
        public Optional<Duration> delay() {
            return Optional.of(duration);
        }
    }

    /** Answers {@code status} with the face's own error page ({@code {"type":"status","status":503}}). */
    record Status(int status) implements FaultAction {
        @Override
        public String type() {
            return "status";
        }

        @Override
        public Scope scope() {
            return Scope.HTTP;
        }

        @Override
        public String describe() {
            return "answer HTTP " + status + " with the face's own error page";
        }
    }

    /** Aborts the TCP connection without an answer: the client sees a reset ({@code {"type":"reset"}}). */
    record Reset() implements FaultAction {
        @Override
        public String type() {
            return "reset";
        }

        @Override
        public Scope scope() {
            return Scope.HTTP;
        }

        @Override
        public String describe() {
            return "reset the connection";
        }
    }

    /** Makes a workflow stage's attempt fail; its retry comes later ({@code {"type":"fail"}}). */
    record Fail(String message) implements FaultAction {
        @Override
        public String type() {
            return "fail";
        }

        @Override
        public Scope scope() {
            return Scope.STAGE;
        }

        @Override
        public String describe() {
            return "fail the attempt" + (message == null ? "" : " (" + message + ")");
        }
    }

    /** Answers an OCSP request with {@link OcspKnob} ({@code {"type":"tryLater"}}, {@code stale}, {@code unknown}). */
    record Ocsp(OcspKnob knob) implements FaultAction {
        @Override
        public String type() {
            return knob.type();
        }

        @Override
        public Scope scope() {
            return Scope.OCSP;
        }

        @Override
        public String describe() {
            return switch (knob) {
                case TRY_LATER -> "answer OCSP tryLater (unsigned)";
                case STALE -> "answer with a stale OCSP response (nextUpdate in the past)";
                case UNKNOWN -> "answer OCSP \"unknown\" for every certificate";
            };
        }
    }

    /** A slow OCSP responder: a delay on the OCSP routes only ({@code {"type":"slow","duration":"PT5S"}}). */
    record Slow(Duration duration) implements FaultAction {
        @Override
        public String type() {
            return "slow";
        }

        @Override
        public Scope scope() {
            return Scope.OCSP;
        }

        @Override
        public String describe() {
            return "make the OCSP responder answer " + Durations.words(duration) + " late";
        }

        @Override
        public Optional<Duration> delay() {
            return Optional.of(duration);
        }
    }
}
