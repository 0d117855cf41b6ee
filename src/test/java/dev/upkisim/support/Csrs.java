package dev.upkisim.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes certificate requests with the real {@code openssl req}, as a server admin does. */
public final class Csrs {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Csrs() {
    }

    /** A CSR and the file holding its private key. */
    public record Csr(String pem, Path keyFile) {
        /** The PEM on one line, as a TSV cell carries it. */
        public String oneLine() {
            return pem.replace("\r", "").replace("\n", "");
        }
    }

    /** {@code openssl req -new -newkey rsa:BITS -subj SUBJECT [-addext subjectAltName=DNS:…]}. */
    public static Csr rsa(Path directory, int bits, String subject, String... dnsNames) {
        return make(directory, List.of("-newkey", "rsa:" + bits), subject, dnsNames);
    }

    /** The same with an EC key on {@code curve} (P-256, P-384, P-521). */
    public static Csr ec(Path directory, String curve, String subject, String... dnsNames) {
        return make(directory, List.of("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:" + curve), subject, dnsNames);
    }

    /** The same request with one bit of the last signature byte flipped: it still parses, its signature fails. */
    public static String corruptSignature(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s+", "");
        byte[] der = Base64.getDecoder().decode(body);
        der[der.length - 1] ^= 0x01;
        return "-----BEGIN CERTIFICATE REQUEST-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END CERTIFICATE REQUEST-----\n";
    }

    private static Csr make(Path directory, List<String> keyOptions, String subject, String... dnsNames) {
        int n = COUNTER.incrementAndGet();
        Path key = directory.resolve("server-" + n + ".key");
        Path csr = directory.resolve("server-" + n + ".csr");
        List<String> arguments = new ArrayList<>(List.of("req", "-new"));
        arguments.addAll(keyOptions);
        arguments.addAll(List.of("-nodes", "-keyout", key.toString(), "-subj", subject, "-out", csr.toString()));
        if (dnsNames.length > 0) {
            arguments.addAll(List.of("-addext", "subjectAltName=DNS:" + String.join(",DNS:", dnsNames)));
        }
        Openssl.Result result = Openssl.openssl(directory, arguments.toArray(String[]::new));
        if (result.exitCode() != 0) {
            throw new IllegalStateException("openssl req failed: " + result.output());
        }
        try {
            return new Csr(Files.readString(csr), key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
