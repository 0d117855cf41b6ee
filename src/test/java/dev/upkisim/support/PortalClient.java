package dev.upkisim.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A member's browser at the HTTP level: cookies kept, forms posted with the CSRF token the page gave. */
public final class PortalClient {
    private final RunningSimulator sim;
    private final HttpClient client;

    public PortalClient(RunningSimulator sim) {
        this.sim = sim;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public record Page(int status, Document document, String html) {
        public String csrf() {
            return document.select("input[name=_csrf]").val();
        }
    }

    public static PortalClient loggedIn(RunningSimulator sim, String username, String password) {
        PortalClient client = new PortalClient(sim);
        Page login = client.get("/jupki/login");
        Page home = client.post("/jupki/login", Map.of("_csrf", login.csrf(), "username", username, "password", password));
        if (home.status() != 200 || home.document().selectFirst("#logout") == null) {
            throw new AssertionError("login of " + username + " failed: " + home.status());
        }
        return client;
    }

    public Page get(String path) {
        return page(RunningSimulator.send(client, HttpRequest.newBuilder(sim.http(path)).GET().build()));
    }

    public Page post(String path, Map<String, String> fields) {
        return post(path, fields, Map.of());
    }

    public Page post(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(sim.http(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return page(RunningSimulator.send(client, request.build()));
    }

    /** A form on the current page submitted with its own hidden fields (CSRF included) plus {@code extra}. */
    public Page submit(Page page, String formSelector, Map<String, String> extra) {
        var form = page.document().selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("no form " + formSelector + " in\n" + page.html());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.val()));
        form.select("input[type=radio][checked]").forEach(input -> fields.put(input.attr("name"), input.val()));
        fields.putAll(extra);
        String action = URI.create(form.attr("action")).getPath();
        return post(action.startsWith("/") ? action : "/" + action, fields);
    }

    private static Page page(HttpResponse<String> response) {
        return new Page(response.statusCode(), Jsoup.parse(response.body()), response.body());
    }
}
