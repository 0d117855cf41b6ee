package dev.upkisim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.StartupTrace;
import dev.upkisim.store.SqliteLibraryCache;
import io.javalin.Javalin;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.text.Normalizer;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * Start-up time matters to CI users (DESIGN "Engineering notes"). While the main thread parses the command line and
 * opens the store, this daemon thread loads and initialises what the later steps need, in the order they need it, so
 * the second core does that work in parallel. It changes nothing but timing: a step that fails is simply done later,
 * where it is needed.
 */
public final class ClassPreloader {
    private static final List<Runnable> STEPS = List.of(
            // the store: the driver and its native library (from the user's cache: SqliteLibraryCache)
            () -> {
                SqliteLibraryCache.use();
                java.sql.DriverManager.getDrivers();
                initialise("org.sqlite.JDBC");
                sqliteLibrary();
            },
            // the CA hierarchy: X.509, RSA, and the Unicode normaliser that comparing names uses
            () -> {
                certificates();
                Normalizer.normalize("upki-sim", Normalizer.Form.NFKD);
            },
            // the controls kept as JSON in the store (delays, quirks, scenario…): Jackson's tree model
            () -> json(),
            // the web server: an app built and dropped unstarted loads Javalin's configuration and its router's path
            // parser (a route of each kind the faces add); Jetty's MIME table lists every locale the JDK knows
            () -> {
                Javalin.create(config -> {
                    config.routes.before("/upki-sim/*", ctx -> { });
                    config.routes.get("/upki-sim/{id}.json", ctx -> { });
                });
                initialise("org.eclipse.jetty.server.Server");
                initialise("org.eclipse.jetty.server.ServerConnector");
                initialise("org.eclipse.jetty.util.ssl.SslContextFactory$Server");
                initialise("org.eclipse.jetty.ee10.servlet.ServletContextHandler");
                initialise("io.javalin.http.servlet.JavalinServlet");
                initialise("org.eclipse.jetty.http.MimeTypes");
                initialise("org.bouncycastle.cert.X509CertificateHolder");
            },
            // TLS: Jetty asks for the default parameters (through a socket) and makes engines. Empty key and trust
            // managers, not null ones: null would read the JDK's trust store, which the listeners do not use.
            () -> tls());

    private ClassPreloader() {
    }

    public static void start() {
        Thread thread = new Thread(ClassPreloader::preload, "upki-sim-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void preload() {
        for (Runnable step : STEPS) {
            try {
                step.run();
            } catch (Throwable ignored) {
                // only an optimisation: it is done again where it is needed
            }
        }
        StartupTrace.mark("classes preloaded");
    }

    private static void initialise(String className) {
        try {
            Class.forName(className, true, ClassPreloader.class.getClassLoader());
        } catch (ClassNotFoundException ignored) {
            // as above
        }
    }

    private static void sqliteLibrary() {
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
        } catch (Exception ignored) {
            // as above
        }
    }

    private static void certificates() {
        try {
            CertificateFactory.getInstance("X.509");
            KeyFactory.getInstance("RSA");
        } catch (java.security.GeneralSecurityException ignored) {
            // as above
        }
    }

    private static void json() {
        try {
            new ObjectMapper().readTree("{\"upki-sim\": [1]}");
        } catch (java.io.IOException ignored) {
            // as above
        }
    }

    private static void tls() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[0], new TrustManager[0], null);
            context.getDefaultSSLParameters();
            context.createSSLEngine();
        } catch (java.security.GeneralSecurityException ignored) {
            // as above
        }
    }
}
