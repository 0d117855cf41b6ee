package dev.upkisim.support;

import dev.upkisim.Simulator;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.Pem;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The real simulator started in-process on port 0, with HTTP clients that talk to it as its users do. */
public final class RunningSimulator implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    public static final String TOKEN = "test-control-token-0123456789";
    private final UnaryOperator<Settings> adjust;
    private Simulator simulator;
    private Path data;

    private RunningSimulator(Simulator simulator, UnaryOperator<Settings> adjust) {
        this.simulator = simulator;
        this.adjust = adjust;
    }

    /**
     * One simulator for a whole test class, on a fresh data directory removed afterwards:
     * {@code @RegisterExtension static final RunningSimulator sim = RunningSimulator.perClass();}
     */
    public static RunningSimulator perClass() {
        return perClass(settings -> settings);
    }

    /** The same, with settings changed from the tests' defaults (port 0, instant, the test token). */
    public static RunningSimulator perClass(UnaryOperator<Settings> adjust) {
        return new RunningSimulator(null, adjust);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        data = Files.createTempDirectory("upki-sim-test");
        simulator = Simulator.start(adjust.apply(testSettings(data)));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
        try (var paths = Files.walk(data)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static Settings testSettings(Path data) {
        return Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, TOKEN);
    }

    public static RunningSimulator start(Path data) {
        return start(testSettings(data));
    }

    public static RunningSimulator start(Settings settings) {
        return new RunningSimulator(Simulator.start(settings), UnaryOperator.identity());
    }

    public Simulator simulator() {
        return simulator;
    }

    public URI http(String path) {
        return URI.create("http://localhost:" + simulator.httpPort() + path);
    }

    public URI https(String path) {
        return URI.create("https://localhost:" + simulator.httpsPort() + path);
    }

    public String rootPem() {
        return Pem.certificate(simulator.hierarchy().get(CaRole.ROOT).certificate());
    }

    public HttpResponse<String> get(URI uri, String... headers) {
        return send(plainClient(), HttpRequest.newBuilder(uri).headers(headersOrNone(headers)).GET().build());
    }

    public HttpResponse<String> post(URI uri, String body, String... headers) {
        return send(plainClient(), HttpRequest.newBuilder(uri).headers(headersOrNone(headers))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> withToken(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http(path)).header("Authorization", "Bearer " + TOKEN);
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return send(plainClient(), request.build());
    }

    /** An HTTPS client that trusts only the simulated root and, if given, presents a client certificate. */
    public HttpClient httpsClient(KeyStore clientKeys, char[] password) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            X509Certificate root = simulator.hierarchy().root().certificate();
            trust.setCertificateEntry("upki-sim-root", root);
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            KeyManagerFactory keyManagers = null;
            if (clientKeys != null) {
                keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keyManagers.init(clientKeys, password);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers == null ? null : keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(10)).build();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<byte[]> sendForBytes(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpClient plainClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static String[] headersOrNone(String[] headers) {
        return headers.length == 0 ? new String[] {"Accept", "*/*"} : headers;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
