import dev.upkisim.ca.Authority;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.CertificateSigner;
import dev.upkisim.ca.CrlBuilder;
import dev.upkisim.ca.Pem;
import dev.upkisim.ca.RevokedEntry;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * CRL generation benchmark (issue 6, RFC 5280 section 5): signs a CRL with N revoked entries (reason code and
 * invalidity date each) with upki-sim's CrlBuilder, RUNS times after one warm-up, and prints the median. It
 * also writes the same CA and the same N revocations as an `openssl ca` database into DIR, for the script's
 * `openssl ca -gencrl` baseline. Usage: java -cp target/upki-sim.jar src/bench/CrlBench.java N RUNS DIR
 */
public final class CrlBench {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        Instant now = Instant.now();
        var certificate = CertificateSigner.selfSigned(new X500Principal("CN=upki-sim TEST CRL bench CA"), keys,
                        BigInteger.ONE, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)))
                .extension(Extension.basicConstraints, true, new BasicConstraints(true))
                .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)).sign();
        Authority ca = new Authority(CaRole.CLIENT, certificate, keys.getPrivate());
        SecureRandom random = new SecureRandom();
        int[] reasons = {0, 1, 3, 4, 5};
        List<RevokedEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant at = now.minusSeconds(random.nextInt(86_400 * 300));
            entries.add(new RevokedEntry(new BigInteger(128, random).setBit(126), at, reasons[i % reasons.length], at));
        }
        byte[] der = CrlBuilder.build(ca, entries, BigInteger.ONE, now, now.plus(Duration.ofDays(1))); // warm-up
        long[] millis = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            der = CrlBuilder.build(ca, entries, BigInteger.valueOf(run + 2), now, now.plus(Duration.ofDays(1)));
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("upki-sim CrlBuilder: %d entries, %d bytes, median %d ms (min %d, max %d, %d runs)%n", n,
                der.length, millis[runs / 2], millis[0], millis[runs - 1], runs);
        Files.write(dir.resolve("upki-sim.crl"), der);
        writeOpensslCa(dir, ca, entries);
    }

    /** index.txt in `openssl ca` format: R, expiry, revocation time[,reason], serial, unknown, subject. */
    private static void writeOpensslCa(Path dir, Authority ca, List<RevokedEntry> entries) throws Exception {
        Files.writeString(dir.resolve("ca.pem"), Pem.certificate(ca.certificate()));
        Files.writeString(dir.resolve("ca.key"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(ca.privateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
        String[] names = {"unspecified", "keyCompromise", "CACompromise", "affiliationChanged", "superseded",
            "cessationOfOperation"};
        StringBuilder index = new StringBuilder();
        String expiry = utc.format(Instant.now().plus(Duration.ofDays(365)));
        for (RevokedEntry entry : entries) {
            String hex = entry.serial().toString(16).toUpperCase();
            index.append("R\t").append(expiry).append('\t').append(utc.format(entry.revokedAt()))
                    .append(entry.reason() == 0 ? "" : "," + names[entry.reason()]).append('\t')
                    .append(hex.length() % 2 == 0 ? hex : "0" + hex).append("\tunknown\t/CN=revoked\n");
        }
        Files.writeString(dir.resolve("index.txt"), index.toString(), StandardCharsets.US_ASCII);
    }
}
