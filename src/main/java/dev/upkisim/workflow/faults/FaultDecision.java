package dev.upkisim.workflow.faults;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the fault rules decided for one HTTP request: wait {@code delay} (the sum of the fired delays, zero if none),
 * then either go on as usual ({@code ending} empty) or end as the last fired rule says.
 */
public record FaultDecision(Duration delay, Optional<FaultAction> ending, List<Firing> firings) {
    public static final FaultDecision NONE = new FaultDecision(Duration.ZERO, Optional.empty(), List.of());

    static FaultDecision of(List<Firing> firings) {
        if (firings.isEmpty()) {
            return NONE;
        }
        Duration delay = firings.stream().map(firing -> firing.rule().action().delay().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
        FaultAction last = firings.get(firings.size() - 1).rule().action();
        return new FaultDecision(delay, last.letsRequestGoOn() ? Optional.empty() : Optional.of(last), List.copyOf(firings));
    }

    /** The OCSP misbehaviour to answer with, if the request ends in one. */
    public Optional<OcspKnob> ocspKnob() {
        return ending.filter(FaultAction.Ocsp.class::isInstance).map(action -> ((FaultAction.Ocsp) action).knob());
    }
}
