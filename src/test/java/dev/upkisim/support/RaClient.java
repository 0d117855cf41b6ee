package dev.upkisim.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Drives the NII face as a real RA script does (SPEC 1.2): over HTTPS with the institution's RA operator
 * certificate, reading EUC-JP pages and following frames and forms by name.
 */
public final class RaClient {
    public static final Charset EUC_JP = Charset.forName("EUC-JP");
    public static final Charset SHIFT_JIS = Charset.forName("Windows-31J");
    private final RunningSimulator sim;
    private final HttpClient client;

    private RaClient(RunningSimulator sim, HttpClient client) {
        this.sim = sim;
        this.client = client;
    }

    /** With the RA certificate from {@code /sim/ra/{institution}/credentials.p12}. */
    public static RaClient forInstitution(RunningSimulator sim, String institution) {
        HttpResponse<byte[]> response = RunningSimulator.sendForBytes(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(sim.http("/sim/ra/" + institution + "/credentials.p12"))
                        .header("Authorization", "Bearer " + RunningSimulator.TOKEN).build());
        if (response.statusCode() != 200) {
            throw new AssertionError("credentials: " + response.statusCode() + " " + new String(response.body()));
        }
        String password = response.headers().firstValue("X-P12-Password").orElseThrow();
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(new ByteArrayInputStream(response.body()), password.toCharArray());
            return new RaClient(sim, sim.httpsClient(keys, password.toCharArray()));
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Without any client certificate (for the refusal tests). */
    public static RaClient anonymous(RunningSimulator sim) {
        return new RaClient(sim, sim.httpsClient(null, null));
    }

    public HttpClient http() {
        return client;
    }

    public Page get(String pathOrUrl) {
        return page(send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build()));
    }

    public HttpResponse<byte[]> getBytes(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
    }

    public HttpResponse<byte[]> postForm(String pathOrUrl, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), EUC_JP) + "=" + URLEncoder.encode(field.getValue(), EUC_JP))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Page postFormPage(String pathOrUrl, Map<String, String> fields) {
        return page(postForm(pathOrUrl, fields));
    }

    /** multipart/form-data with the SP1011 form's three fields, as a browser sends it. */
    public Page upload(String action, String applyType, String errorFlg, String fileName, byte[] file) {
        String boundary = "----upkisim" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "Content-Disposition: form-data; name=\"applyType\"", applyType.getBytes(StandardCharsets.US_ASCII));
        part(body, boundary, "Content-Disposition: form-data; name=\"errorFlg\"", errorFlg.getBytes(StandardCharsets.US_ASCII));
        part(body, boundary, "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/tab-separated-values", file);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return page(send(HttpRequest.newBuilder(uri(action)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build()));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        return RunningSimulator.sendForBytes(client, request);
    }

    private URI uri(String pathOrUrl) {
        if (pathOrUrl.startsWith("http://")) {
            URI given = URI.create(pathOrUrl);
            return sim.https(given.getRawPath() + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery()));
        }
        return pathOrUrl.startsWith("https://") ? URI.create(pathOrUrl) : sim.https(pathOrUrl);
    }

    /** A page as the RA script sees it: status, content type, and the document decoded from EUC-JP. */
    public record Page(int status, String contentType, Document document, byte[] raw) {
        public String heading() {
            return document.select("h2").text();
        }
    }

    private static Page page(HttpResponse<byte[]> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        Document document = Jsoup.parse(new String(response.body(), contentType.toLowerCase().contains("euc-jp")
                ? EUC_JP : StandardCharsets.UTF_8));
        return new Page(response.statusCode(), contentType, document, response.body());
    }
}
