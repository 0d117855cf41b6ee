package dev.upkisim.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Delivery to a webhook: a tiny JDK HTTP server in the test stands for the RA client that accepts mail by POST. */
class WebhookTransportTest {
    private static final String EXPECTED_AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("ra-client:pa55:word".getBytes(StandardCharsets.UTF_8));
    private final AtomicInteger answer = new AtomicInteger(204);
    private final AtomicReference<byte[]> received = new AtomicReference<>();
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void startReceiver() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/mail", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = EXPECTED_AUTH.equals(exchange.getRequestHeaders().getFirst("Authorization")) ? answer.get() : 401;
            if (status == 204) {
                received.set(body);
                contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private WebhookTransport transport(String password) {
        return new WebhookTransport(new WebhookTransport.Settings(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mail"), "ra-client", password,
                Duration.ofSeconds(10)));
    }

    @Test
    void theRawMessageArrivesAsBase64WithBasicAuthAndDecodesToTheSameBytes() throws Exception {
        byte[] raw = TestSigner.signed(new NoticeTemplates().accessPinNotice(NoticeTemplatesTest.makeAccessPin(
                NoticeTemplatesTest.DN)));

        transport("pa55:word").deliver(raw, List.of(NoticeTemplatesTest.ADMIN));

        assertArrayEquals(raw, Base64.getDecoder().decode(received.get()));
        assertTrue(contentType.get().startsWith("text/plain"), contentType.get());
        assertEquals("[UPKI] アクセスPIN発行通知", ReadBack.parse(Base64.getDecoder().decode(received.get())).getSubject());
    }

    @Test
    void aRefusedPasswordIsAnAuthenticationFailureWithoutThePasswordInTheMessage() {
        var error = assertThrows(DeliveryException.class, () -> transport("wrong-secret").deliver(new byte[] {1},
                List.of()));

        assertEquals(DeliveryException.Kind.AUTHENTICATION, error.kind());
        assertFalse(error.retryable());
        assertTrue(error.getMessage().contains("HTTP 401"), error.getMessage());
        assertFalse(error.getMessage().contains("wrong-secret"), error.getMessage());
    }

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({"500, TEMPORARY", "503, TEMPORARY", "429, TEMPORARY", "400, REJECTED", "404, REJECTED",
            "403, AUTHENTICATION", "302, REJECTED"})
    void aNonSuccessAnswerRaisesADeliveryExceptionOfTheRightKind(int status, DeliveryException.Kind kind) {
        answer.set(status);

        var error = assertThrows(DeliveryException.class, () -> transport("pa55:word").deliver(new byte[] {1}, List.of()));

        assertEquals(kind, error.kind());
        assertTrue(error.getMessage().contains("HTTP " + status), error.getMessage());
    }

    @Test
    void aReceiverThatIsNotListeningIsUnreachableAndWorthRetrying() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var transport = new WebhookTransport(new WebhookTransport.Settings(
                URI.create("http://127.0.0.1:" + closedPort + "/mail"), null, null, Duration.ofSeconds(5)));

        var error = assertThrows(DeliveryException.class, () -> transport.deliver(new byte[] {1}, List.of()));

        assertEquals(DeliveryException.Kind.UNREACHABLE, error.kind());
        assertTrue(error.retryable());
        assertTrue(error.getMessage().startsWith("webhook http://127.0.0.1:" + closedPort), error.getMessage());
    }

    @Test
    void settingsThatCannotWorkAreRefusedUpFront() {
        Duration timeout = Duration.ofSeconds(1);
        assertThrows(IllegalArgumentException.class, () -> new WebhookTransport.Settings(
                URI.create("https://user:pw@ra.example.ac.jp/mail"), null, null, timeout));
        assertThrows(IllegalArgumentException.class, () -> new WebhookTransport.Settings(
                URI.create("ftp://ra.example.ac.jp/mail"), null, null, timeout));
        assertThrows(IllegalArgumentException.class, () -> new WebhookTransport.Settings(
                URI.create("https://ra.example.ac.jp/mail"), "a:b", "pw", timeout));
        assertFalse(new WebhookTransport.Settings(URI.create("https://ra.example.ac.jp/mail"), "ra", "pw", timeout)
                .toString().contains("pw"));
    }
}
