package dev.upkisim;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.ListenerIdentity;
import dev.upkisim.ca.RsaKeyPool;
import dev.upkisim.clock.ClockState;
import dev.upkisim.clock.SimClock;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.fixtures.FixturesLoader;
import dev.upkisim.store.AuthorityStore;
import dev.upkisim.store.ClockStore;
import dev.upkisim.store.DataDirectory;
import dev.upkisim.store.Database;
import dev.upkisim.store.ListenerIdentityStore;
import dev.upkisim.web.HttpFaults;
import dev.upkisim.web.LandingPage;
import dev.upkisim.web.ListenerTls;
import dev.upkisim.web.WebServer;
import dev.upkisim.web.rp.RelyingPartyFace;
import dev.upkisim.workflow.rp.RelyingPartyCheck;
import dev.upkisim.workflow.CaHierarchySetup;
import dev.upkisim.web.repo.P12DoctorFace;
import dev.upkisim.web.repo.RepositoryFace;
import dev.upkisim.web.sim.BearerToken;
import dev.upkisim.web.sim.DashboardRoutes;
import dev.upkisim.web.sim.SimApi;
import dev.upkisim.web.sim.SimRoutes;
import dev.upkisim.workflow.ServerCertificates;
import dev.upkisim.workflow.UploadService;
import dev.upkisim.workflow.Delays;
import dev.upkisim.workflow.quirks.Quirks;
import dev.upkisim.workflow.scenarios.Scenarios;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one composition root (DESIGN style rule 1): settings → fixtures → store → clock → CA → web, wired with
 * plain {@code new}. {@link Main} starts it for the command line; tests start the very same thing on port 0.
 */
public final class Simulator implements AutoCloseable {
    private final List<AutoCloseable> resources;
    private final Fixtures fixtures;
    private final DataDirectory dataDirectory;
    private final SimClock clock;
    private final CaHierarchy hierarchy;
    private final WebServer web;
    private final String token;
    private final URI publicUrl;
    private final List<String> notices;
    private final NiiSide nii;
    private final ControlSide controls;

    private Simulator(List<AutoCloseable> resources, Fixtures fixtures, DataDirectory dataDirectory, SimClock clock,
                      CaHierarchy hierarchy, WebServer web, String token, URI publicUrl, List<String> notices,
                      NiiSide nii, ControlSide controls) {
        this.resources = resources;
        this.fixtures = fixtures;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.hierarchy = hierarchy;
        this.web = web;
        this.token = token;
        this.publicUrl = publicUrl;
        this.notices = notices;
        this.nii = nii;
        this.controls = controls;
    }

    /**
     * Builds and starts everything. Throws {@code InvalidFixturesException} or {@code StoredDataException}
     * with a message for the operator when the fixtures or the data directory cannot be used.
     */
    public static Simulator start(Settings settings) {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            DataDirectory directory = settings.get(SettingsCatalog.EPHEMERAL) ? DataDirectory.temporary()
                    : DataDirectory.open(settings.get(SettingsCatalog.DATA));
            resources.add(directory);
            RsaKeyPool keys = RsaKeyPool.perCore();
            resources.add(keys);
            if (Files.notExists(directory.databaseFile())) {
                keys.prefill(CaHierarchySetup.KEYS_FOR_NEW_HIERARCHY); // a first start: keys while the rest loads
            }
            // read in parallel with the store and the listeners; joined before anything needs it
            CompletableFuture<Fixtures> fixturesLoading = CompletableFuture.supplyAsync(
                    () -> FixturesLoader.load(fixturesDirectory(settings)));
            StartupTrace.mark("data directory open, keys/fixtures started");
            Database database = Database.open(directory.databaseFile());
            resources.add(database);

            StartupTrace.mark("database open");
            ClockStore clockStore = new ClockStore(database);
            ClockState clockState = clockStore.load().orElseGet(() -> ClockState.realTime(Clock.systemUTC().instant()));
            clockStore.save(clockState);
            SimClock clock = new SimClock(Clock.systemUTC(), clockState);
            clock.onChange(clockStore::save);

            List<String> notices = new ArrayList<>();
            var setup = new CaHierarchySetup(new AuthorityStore(database, directory.databaseFile()),
                    new ListenerIdentityStore(database), clock, directory.databaseFile(), keys);
            CaHierarchy hierarchy = setup.loadOrCreate(() -> join(fixturesLoading).caNames(), notices::add);
            StartupTrace.mark("CA hierarchy");
            ListenerIdentity listener = setup.listenerIdentity(hierarchy, settings.get(SettingsCatalog.HOSTNAMES));

            ListenerTls tls = ListenerTls.start(listener, hierarchy); // in the background, while the rest is built
            resources.add(tls);
            StartupTrace.mark("listener identity");
            String token = settings.optional(SettingsCatalog.SIM_TOKEN).orElseGet(BearerToken::generate);
            AtomicBoolean ready = new AtomicBoolean();
            AtomicReference<URI> publicUrl = new AtomicReference<>();
            Fixtures fixtures = join(fixturesLoading);
            StartupTrace.mark("fixtures joined");
            ControlSide.WorkflowControls workflowControls = ControlSide.workflowControls(settings);
            NiiSide nii = NiiSide.assemble(settings, database, clock, hierarchy, keys, fixtures, publicUrl::get,
                    workflowControls.delays(), workflowControls.quirks());
            resources.add(nii.runner());
            StartupTrace.mark("NII side assembled");
            ControlSide controls = ControlSide.assemble(settings, database, clock, hierarchy, fixtures, fixturesDirectory(settings),
                    nii, workflowControls);
            AtomicInteger relyingPartyPort = new AtomicInteger(-1);
            AtomicInteger httpsPort = new AtomicInteger(-1);
            BearerToken bearerToken = new BearerToken(token);
            List<SimRoutes> simRoutes = new ArrayList<>(nii.simRoutes());
            simRoutes.add(new DashboardRoutes(bearerToken, fixtures, httpsPort::get, relyingPartyPort::get));
            WebServer web = new WebServer(settings.get(SettingsCatalog.BIND), settings.get(SettingsCatalog.HTTP_PORT),
                    settings.get(SettingsCatalog.HTTPS_PORT), settings.get(SettingsCatalog.RELYING_PARTY_PORT), tls,
                    List.of(new SimApi(bearerToken, clock, ready::get, concat(simRoutes, controls.simRoutes()),
                                    nii.timeline()),
                            new P12DoctorFace(), new RepositoryFace(hierarchy, publicUrl::get, nii.crls(), nii.ocsp()),
                            nii.face(),
                            PortalSide.assemble(settings, database, clock, hierarchy, fixtures, nii, controls, publicUrl::get),
                            new RelyingPartyFace(new RelyingPartyCheck(hierarchy, database, nii.stores().certificates(),
                                    fixtures, clock), () -> relyingPartyPort.get()),
                            new LandingPage()),
                    List.of(nii.maintenance().guard()), new HttpFaults(nii.faults()));
            StartupTrace.mark("web server built");
            resources.add(web);
            resources.add(nii.timeline()); // closed before the listeners: live event streams end first
            controls.start(settings); // every section and reset step is registered by now
            if (nii.faults().rulesInForce() > 0) {
                notices.add(nii.faults().rulesInForce() + " fault rule(s) " + (settings.optional(SettingsCatalog.SCENARIO)
                        .map(name -> "of scenario " + name).orElse("kept from an earlier run")) + " are in force:"
                        + " GET /sim/faults lists them, DELETE /sim/faults removes them");
            }
            web.start();
            StartupTrace.mark("web server started");
            relyingPartyPort.set(web.relyingPartyPort());
            httpsPort.set(web.httpsPort());
            publicUrl.set(settings.optional(SettingsCatalog.PUBLIC_URL).orElse(URI.create("http://localhost:" + web.httpPort())));
            nii.runner().start();
            ready.set(true);
            StartupTrace.mark("ready");
            AfterReady afterReady = new AfterReady().then(nii.crls()::publishMissing).then(nii.ocsp()::prepare)
                    .then(web::warmUp);
            resources.add(afterReady);
            afterReady.start();
            return new Simulator(resources, fixtures, directory, clock, hierarchy, web, token, publicUrl.get(), notices, nii,
                    controls);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static <T> List<T> concat(List<? extends T> first, List<? extends T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** {@code --fixtures}, else {@code ./fixtures} if present, else {@code null} for the built-in ones (SPEC 2). */
    private static Path fixturesDirectory(Settings settings) {
        return settings.optional(SettingsCatalog.FIXTURES).orElseGet(() -> Files.isDirectory(Path.of("fixtures")) ? Path.of("fixtures") : null);
    }

    public int httpPort() {
        return web.httpPort();
    }

    public int httpsPort() {
        return web.httpsPort();
    }

    public int relyingPartyPort() {
        return web.relyingPartyPort();
    }

    /** Every route served, as {@code METHOD /path/{param}}. */
    public List<String> routes() {
        return web.routes();
    }

    public String token() {
        return token;
    }

    public URI publicUrl() {
        return publicUrl;
    }

    public SimClock clock() {
        return clock;
    }

    /** The NII side's upload: RA TSV files, and the portal's server certificate applications. */
    public UploadService uploads() {
        return nii.uploads();
    }

    /** Server certificate applications' states and issued chains (for the portal). */
    public ServerCertificates serverCertificates() {
        return nii.serverCertificates();
    }

    public CaHierarchy hierarchy() {
        return hierarchy;
    }

    public Fixtures fixtures() {
        return fixtures;
    }

    public Path dataDirectory() {
        return dataDirectory.path();
    }

    public boolean ephemeral() {
        return dataDirectory.ephemeral();
    }

    /** The scenario in force (SPEC 2 {@code --scenario}). */
    public String scenario() {
        return controls.scenarios().current().map(Scenarios.Current::name).orElse(Scenarios.DEFAULT);
    }

    /** The processing delays as they are now (for the start-up summary). */
    public Delays delays() {
        return controls.delays().delays();
    }

    /** The quirks as they are now (for the start-up summary). */
    public Quirks quirks() {
        return controls.quirks().quirks();
    }

    /** Warnings for the operator found while starting. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception ignored) {
                // keep closing the rest
            }
        }
        resources.clear();
    }
}
