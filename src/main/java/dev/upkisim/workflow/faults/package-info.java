/**
 * Deterministic fault injection (SPEC 1.6; issue 5 item 3; the OCSP knobs of issue 6 item 2).
 *
 * <ul>
 *   <li>A {@link dev.upkisim.workflow.faults.FaultRule} is a {@link dev.upkisim.workflow.faults.FaultMatch} (face,
 *       path, method, user, institution — or a {@link dev.upkisim.workflow.faults.FaultStage}), a
 *       {@link dev.upkisim.workflow.faults.FaultTrigger} (next N, every Nth, seeded probability, always) and a
 *       {@link dev.upkisim.workflow.faults.FaultAction}; its JSON format, with an example of every action, is on
 *       {@link dev.upkisim.workflow.faults.FaultRuleParser}.</li>
 *   <li>The {@link dev.upkisim.workflow.faults.FaultBook} holds the rules and their counters in {@code sim_control};
 *       the {@link dev.upkisim.workflow.faults.FaultInjector} asks it about a request or a stage and records each
 *       firing on the timeline ({@code fault.fired}).</li>
 *   <li>Stages: {@link dev.upkisim.workflow.faults.FaultyApplicationStage} (NII → CA, revocation) and
 *       {@link dev.upkisim.workflow.faults.FaultyMailTransport} (mail delivery) wrap the real work and fail it the
 *       way real failures do, so the existing retries recover it.</li>
 *   <li>HTTP: {@code web.HttpFaults} carries out the decisions (delay, status in the face's own style, reset, the
 *       {@link dev.upkisim.workflow.faults.OcspKnob}s); nothing here imports Javalin.</li>
 * </ul>
 */
package dev.upkisim.workflow.faults;
