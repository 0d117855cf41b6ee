package dev.upkisim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 4: "a kill -9 at any moment loses nothing that was acknowledged". A 500-row P12-bulk upload (whose rows are
 * issued by background jobs) is acknowledged, the process is killed with SIGKILL while issuing, and after a
 * restart on the same data directory every row ends with exactly one certificate and no serial appears twice.
 */
class CrashDuringProcessingIT {
    private static final String TOKEN = "crash-test-token-0123456789";
    private static final Charset CP932 = Charset.forName("Windows-31J");
    private static final int ROWS = 500;

    @Test
    void aKilledSimulatorResumesTheAcknowledgedRowsAndIssuesEachExactlyOnce(@TempDir Path work) throws Exception {
        Path data = work.resolve("data");
        Process first = start(work, data);
        int[] ports = awaitReady(first);
        HttpClient ra = raClient(ports[0]);
        HttpResponse<String> upload = uploadBulk(ra, ports[1]);
        assertEquals(200, upload.statusCode());
        String page = new String(upload.body().getBytes(StandardCharsets.ISO_8859_1), Charset.forName("EUC-JP"));
        assertTrue(page.contains("ファイルのアップロード処理が完了しました。"), "acknowledged");
        int before = issued(ra, ports[1]).size();
        waitUntil(() -> issued(ra, ports[1]).size() > before + 5, Duration.ofSeconds(60));
        // kill -9 of the server JVM (the launcher's child) and of the launcher; a launcher killed alone would leave the
        // server to notice and stop in order, which is not the crash this test is about
        first.descendants().forEach(ProcessHandle::destroyForcibly);
        first.destroyForcibly();
        assertTrue(first.waitFor(20, TimeUnit.SECONDS));
        int atKill = issued(ra, ports[1], true).size();
        assertTrue(atKill < ROWS, "killed in the middle (" + atKill + " of " + ROWS + " issued)");

        Process second = start(work, data);
        try {
            int[] again = awaitReady(second);
            HttpClient ra2 = raClient(again[0]);
            waitUntil(() -> issued(ra2, again[1]).size() == ROWS, Duration.ofMinutes(6)); // ~80 s on a quiet machine
            List<String> serials = issued(ra2, again[1]);
            assertEquals(ROWS, serials.size());
            assertEquals(ROWS, new HashSet<>(serials).size(), "no serial is used twice");
            assertEquals(ROWS, rows(ra2, again[1]).size(), "one list row, so one certificate, per application");
        } finally {
            second.destroy();
            second.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path work, Path data) throws IOException {
        ProcessBuilder builder = ServedJar.command(work, work.resolve("cache"), "--data", data.toString(),
                "--http-port", "0", "--https-port", "0", "--relying-party-port", "0", "--instant");
        builder.environment().put("UPKISIM_SIM_TOKEN", TOKEN);
        return builder.start();
    }

    private static int[] awaitReady(Process process) throws IOException {
        Matcher ready = ServedJar.awaitReady(process, new ArrayList<>());
        return new int[] {Integer.parseInt(ready.group(1)), Integer.parseInt(ready.group(2))};
    }

    private static HttpClient raClient(int httpPort) throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<byte[]> credentials = plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort
                + "/sim/ra/example-u/credentials.p12")).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        char[] password = credentials.headers().firstValue("X-P12-Password").orElseThrow().toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(new ByteArrayInputStream(credentials.body()), password);
        byte[] root = plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/repo/ca/root.der"))
                .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("root", (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(root)));
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    private static HttpResponse<String> uploadBulk(HttpClient ra, int httpsPort) throws Exception {
        StringBuilder tsv = new StringBuilder();
        for (int i = 1; i <= ROWS; i++) {
            tsv.append(String.join("\t", "CN=CRASH USER " + i + ", OU=c" + String.format("%07d", i)
                            + ", O=Example University, L=Example-shi, C=JP", "5", "2", "", "", "", "", "管理 次郎",
                    "情報社会基盤研究センター", "kanri.jiro@example.ac.jp", "障害 試験", "crash" + i, "工学部",
                    "crash" + i + "@example.ac.jp", "")).append("\r\n");
        }
        String boundary = "----crash" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"applyType\"\r\n\r\n1\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"errorFlg\"\r\n\r\n1\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"crash.tsv\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(tsv.toString().getBytes(CP932));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return ra.send(HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/upki-odcert/lra/SP1011.do"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    private static List<List<String>> rows(HttpClient ra, int httpsPort) {
        try {
            byte[] body = ra.send(HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort
                    + "/upki-odcert/lra/syomeiDL_S_Cli.do")).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            List<List<String>> rows = new ArrayList<>();
            String[] lines = new String(body, CP932).split("\r\n");
            for (int i = 1; i < lines.length; i++) {
                rows.add(List.of(lines[i].split("\t", -1)));
            }
            return rows;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static List<String> issued(HttpClient ra, int httpsPort) {
        return issued(ra, httpsPort, false);
    }

    /** The serials of the list (column 24); after the kill, read nothing and report the last count seen. */
    private static List<String> issued(HttpClient ra, int httpsPort, boolean dead) {
        if (dead) {
            return LAST_SEEN;
        }
        List<String> serials = rows(ra, httpsPort).stream().map(row -> row.size() > 23 ? row.get(23) : "")
                .filter(serial -> !serial.isEmpty()).toList();
        LAST_SEEN = serials;
        return serials;
    }

    private static volatile List<String> LAST_SEEN = List.of();

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit) {
        Instant giveUp = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("condition not met within " + limit);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

}
