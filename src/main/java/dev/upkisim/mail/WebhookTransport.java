package dev.upkisim.mail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Delivers by HTTP POST of the base64 of the raw message to a URL, with HTTP Basic auth (SPEC 1.4: a real RA
 * client accepts mail this way). The body is the standard base64 alphabet on one line, {@code text/plain};
 * any 2xx answer means delivered. The envelope recipients are not sent: the receiver reads the message itself.
 */
public final class WebhookTransport implements MailTransport {

    /** @param username null for no Authorization header; then {@code password} is null too */
    public record Settings(URI url, String username, String password, Duration timeout) {
        public Settings {
            if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                throw new IllegalArgumentException("webhook: url must be an http or https URL, was " + url);
            }
            if (url.getUserInfo() != null) {
                throw new IllegalArgumentException("webhook: put the credentials in username and password, not the URL");
            }
            if ((username == null) != (password == null)) {
                throw new IllegalArgumentException("webhook: give both user name and password, or neither");
            }
            if (username != null && username.contains(":")) {
                throw new IllegalArgumentException("webhook: a Basic auth user name cannot contain ':' (RFC 7617 2)");
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("webhook: timeout must be positive");
            }
        }

        @Override
        public String toString() {
            return "webhook " + url + (username == null ? "" : " as " + username);
        }
    }

    private final Settings settings;
    private final HttpClient client;

    public WebhookTransport(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void deliver(byte[] rawMessage, List<String> recipients) throws DeliveryException {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                .header("Content-Type", "text/plain; charset=US-ASCII")
                .POST(HttpRequest.BodyPublishers.ofString(Base64.getEncoder().encodeToString(rawMessage),
                        StandardCharsets.US_ASCII));
        if (settings.username() != null) {
            String credentials = settings.username() + ":" + settings.password();
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        int status = send(request.build());
        if (status / 100 == 2) {
            return;
        }
        DeliveryException.Kind kind = status == 401 || status == 403 ? DeliveryException.Kind.AUTHENTICATION
                : status >= 500 || status == 408 || status == 429 ? DeliveryException.Kind.TEMPORARY
                : DeliveryException.Kind.REJECTED;
        throw new DeliveryException(kind, describe(), "the webhook answered HTTP " + status, null);
    }

    @Override
    public String describe() {
        return settings.toString();
    }

    private int send(HttpRequest request) throws DeliveryException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DeliveryException(DeliveryException.Kind.UNREACHABLE, describe(),
                    "cannot reach the webhook: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(DeliveryException.Kind.UNREACHABLE, describe(),
                    "interrupted while posting to the webhook", e);
        }
    }
}
