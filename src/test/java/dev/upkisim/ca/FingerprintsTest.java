package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.Openssl;
import dev.upkisim.support.TestCa;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintsTest {
    @Test
    void areUpperCaseHexBytesSeparatedBySpacesAsTheSeedFaqPrintsThem(@TempDir Path directory) throws Exception {
        var root = TestCa.hierarchy().root().certificate();
        String sha1 = Fingerprints.sha1(root);
        assertTrue(sha1.matches("([0-9A-F]{2} ){19}[0-9A-F]{2}"), sha1);
        assertTrue(Fingerprints.sha256(root).matches("([0-9A-F]{2} ){31}[0-9A-F]{2}"));

        Path pem = directory.resolve("root.pem");
        Files.writeString(pem, Pem.certificate(root));
        String openssl = Openssl.openssl(directory, "x509", "-in", pem.toString(), "-noout", "-fingerprint", "-sha1")
                .output().trim();
        assertEquals(openssl.substring(openssl.indexOf('=') + 1).replace(':', ' '), sha1);
    }
}
