package dev.upkisim.cli;

import dev.upkisim.store.SqliteLibraryCache;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.text.Normalizer;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * Start-up time matters to CI users (DESIGN "Engineering notes"). While the main thread parses the command line and
 * opens the store, this daemon thread loads and initialises what the later steps need, in the order they need it —
 * the SQLite driver with its native library (from the user's cache: {@link SqliteLibraryCache}); X.509 and RSA, and
 * the Unicode normaliser that comparing names uses; Javalin and Jetty (its MIME table, which lists every locale the
 * JDK knows); JSSE's engine — so the second core does that work in parallel. It changes nothing but timing: any class
 * it fails to load is simply loaded later where it is used.
 */
public final class ClassPreloader {
    private static final List<String> CLASSES = List.of(
            "org.sqlite.JDBC",
            "org.eclipse.jetty.server.Server",
            "org.eclipse.jetty.server.ServerConnector",
            "org.eclipse.jetty.util.ssl.SslContextFactory$Server",
            "org.eclipse.jetty.ee10.servlet.ServletContextHandler",
            "io.javalin.Javalin",
            "io.javalin.config.JavalinConfig",
            "io.javalin.http.servlet.JavalinServlet",
            "org.eclipse.jetty.http.MimeTypes",
            "org.bouncycastle.cert.X509CertificateHolder");

    private ClassPreloader() {
    }

    public static void start() {
        Thread thread = new Thread(ClassPreloader::preload, "upki-sim-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void preload() {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        SqliteLibraryCache.use();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
                if (name.equals("org.sqlite.JDBC")) {
                    java.sql.DriverManager.getDrivers();
                    org.sqlite.SQLiteJDBCLoader.initialize();
                    CertificateFactory.getInstance("X.509");
                    KeyFactory.getInstance("RSA");
                    Normalizer.normalize("upki-sim", Normalizer.Form.NFKD);
                }
            } catch (Throwable ignored) {
                // only an optimisation: the class is loaded again where it is needed
            }
        }
        try {
            // Jetty asks for the default parameters (through a socket) and makes engines. Empty key and trust
            // managers, not null ones: null would read the JDK's trust store, which the listener does not use.
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(new KeyManager[0], new TrustManager[0], null);
            tls.getDefaultSSLParameters();
            tls.createSSLEngine();
        } catch (Throwable ignored) {
            // as above
        }
        dev.upkisim.StartupTrace.mark("classes preloaded");
    }
}
