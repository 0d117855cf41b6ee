package dev.upkisim;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.clock.SimClock;
import dev.upkisim.config.Setting;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.core.DelayDistribution;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.store.ControlStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.WorkflowDataStore;
import dev.upkisim.web.sim.DelayRoutes;
import dev.upkisim.web.sim.QuirkRoutes;
import dev.upkisim.web.sim.ResetRoutes;
import dev.upkisim.web.sim.ScenarioRoutes;
import dev.upkisim.web.sim.SimRoutes;
import dev.upkisim.workflow.Delays;
import dev.upkisim.workflow.Delays.Stage;
import dev.upkisim.workflow.delays.DelayControls;
import dev.upkisim.workflow.faults.FaultRuleParser;
import dev.upkisim.workflow.quirks.Quirk;
import dev.upkisim.workflow.quirks.QuirkControls;
import dev.upkisim.workflow.quirks.QuirkMode;
import dev.upkisim.workflow.quirks.Quirks;
import dev.upkisim.workflow.reset.RepublishRevocations;
import dev.upkisim.workflow.reset.SimulatorReset;
import dev.upkisim.workflow.scenarios.ClockSection;
import dev.upkisim.workflow.scenarios.DelaysSection;
import dev.upkisim.workflow.scenarios.FaultsSection;
import dev.upkisim.workflow.scenarios.MaintenanceSection;
import dev.upkisim.workflow.scenarios.QuirksSection;
import dev.upkisim.workflow.scenarios.ScenarioFiles;
import dev.upkisim.workflow.scenarios.ScenarioSections;
import dev.upkisim.workflow.scenarios.Scenarios;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The simulation controls' part of the composition root (issue 5 items 2, 4, 5; SPEC 1.6, 1.7): delays and quirks
 * changed at run time, scenarios (sections clock, delays, quirks, maintenance, faults, applied in that order) and the
 * reset, and their /sim/ routes. Only {@link Simulator} calls it, in three
 * steps: {@link #workflowControls} before the NII side (whose services read them), {@link #assemble} after it, and —
 * once every feature has registered its {@link ScenarioSections scenario section} and {@link SimulatorReset reset
 * step} — {@link #start}, before anything is served.
 */
record ControlSide(DelayControls delays, QuirkControls quirks, Scenarios scenarios, SimulatorReset reset,
                   List<SimRoutes> simRoutes) {

    /** What the workflow reads: the delays (built-in realistic profile, seeded, {@code --instant}) and the quirks. */
    record WorkflowControls(Delays delays, Quirks quirks) {
    }

    static WorkflowControls workflowControls(Settings settings) {
        return new WorkflowControls(Delays.realistic(settings.get(SettingsCatalog.SEED), settings.get(SettingsCatalog.INSTANT)),
                Quirks.faithful());
    }

    /**
     * @param fixturesDirectory where the fixtures come from ({@code null}: built in); scenarios are looked for in its
     *                          {@code scenarios/} and among the built-in ones
     */
    static ControlSide assemble(Settings settings, Database database, SimClock clock, CaHierarchy hierarchy,
                                Fixtures fixtures, Path fixturesDirectory, NiiSide nii, WorkflowControls workflow) {
        var store = new ControlStore();
        var delays = new DelayControls(database, store, nii.timeline(), workflow.delays());
        var quirks = new QuirkControls(database, store, nii.timeline(), workflow.quirks());
        delays.restore();
        quirks.restore();
        var sections = new ScenarioSections().register(new ClockSection(clock)).register(new DelaysSection(delays))
                .register(new QuirksSection(quirks))
                .register(new MaintenanceSection(nii.maintenance().scenarioWindows(nii.runner()::wakeUp)))
                .register(new FaultsSection(new FaultRuleParser(id -> fixtures.institution(id).isPresent(),
                        id -> fixtures.user(id).isPresent()), nii.faultBook()));
        var scenarios = new Scenarios(database, store, nii.timeline(), clock, new ScenarioFiles(fixturesDirectory), sections);
        var reset = new SimulatorReset(database, nii.runner(), new WorkflowDataStore(), nii.timeline(), scenarios, fixtures,
                fixturesDirectory);
        reset.register(new RepublishRevocations(nii.crls(), nii.revocations(), hierarchy));
        boolean fixtureWindows = settings.get(SettingsCatalog.MAINTENANCE_FIXTURE_WINDOWS);
        reset.register((tx, reloaded) -> nii.maintenance().calendar().resetIn(tx,
                fixtureWindows ? reloaded.maintenance() : List.of()));
        return new ControlSide(delays, quirks, scenarios, reset, List.of(new DelayRoutes(delays), new QuirkRoutes(quirks),
                new ScenarioRoutes(scenarios), new ResetRoutes(reset)));
    }

    /**
     * The start scenario ({@link Scenarios#start}), then the {@code delays.*} and {@code quirks.*} settings given on top
     * of it (each saved and recorded if it changes something). Throws {@code UnknownScenarioException} or
     * {@code InvalidScenarioException} for a {@code scenario} setting that cannot be loaded.
     */
    void start(Settings settings) {
        scenarios.start(settings.optional(SettingsCatalog.SCENARIO));
        for (Map.Entry<Stage, Setting<DelayDistribution>> entry : Map.of(
                Stage.JUPKI_TO_NII, SettingsCatalog.DELAY_JUPKI_TO_NII, Stage.NII_TO_CA, SettingsCatalog.DELAY_NII_TO_CA,
                Stage.REVOCATION, SettingsCatalog.DELAY_REVOCATION, Stage.ISSUE_BUTTON, SettingsCatalog.DELAY_ISSUE_BUTTON,
                Stage.MAIL, SettingsCatalog.DELAY_MAIL).entrySet()) {
            settings.optional(entry.getValue()).ifPresent(distribution ->
                    delays.set(entry.getKey(), distribution, "setting " + entry.getValue().key()));
        }
        for (Map.Entry<Quirk, Setting<String>> entry : Map.of(Quirk.DOUBLE_SUBMIT, SettingsCatalog.QUIRK_DOUBLE_SUBMIT,
                Quirk.PIN_BEFORE_CERTIFICATE, SettingsCatalog.QUIRK_PIN_BEFORE_CERTIFICATE,
                Quirk.CERTIFICATE_URL_USED_AT_STEP1, SettingsCatalog.QUIRK_CERTIFICATE_URL_USED_AT_STEP1).entrySet()) {
            settings.optional(entry.getValue()).ifPresent(mode -> quirks.set(Map.of(entry.getKey(), QuirkMode.parse(mode)),
                    "setting " + entry.getValue().key()));
        }
    }
}
