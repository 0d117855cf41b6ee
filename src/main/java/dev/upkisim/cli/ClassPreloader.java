package dev.upkisim.cli;

import java.util.List;

/**
 * Start-up time matters to CI users (DESIGN "Engineering notes"). While the main thread reads the fixtures
 * and the store, this daemon thread loads and initialises the classes the later steps need — the SQLite
 * driver with its native library, Jetty, Javalin and JSSE — so the second core does that work in parallel.
 * It changes nothing but timing: any class it fails to load is simply loaded later where it is used.
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
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
                if (name.equals("org.sqlite.JDBC")) {
                    java.sql.DriverManager.getDrivers();
                    org.sqlite.SQLiteJDBCLoader.initialize();
                }
            } catch (Throwable ignored) {
                // only an optimisation: the class is loaded again where it is needed
            }
        }
        try {
            javax.net.ssl.SSLContext.getInstance("TLS").init(null, null, null);
            java.security.KeyFactory.getInstance("RSA");
            java.security.cert.CertificateFactory.getInstance("X.509");
        } catch (Throwable ignored) {
            // as above
        }
    }
}
