package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryUrlsTest {

    @ParameterizedTest
    @CsvSource({
            "client, http://localhost:8080/repo/crl/client.crl, http://localhost:8080/repo/ca/client.der",
            "smime,  http://localhost:8080/repo/crl/smime.crl,  http://localhost:8080/repo/ca/smime.der",
            "server, http://localhost:8080/repo/crl/server.crl, http://localhost:8080/repo/ca/server.der",
    })
    void eachIssuingCaHasItsOwnCrlAndCertificateUrl(String caId, String crl, String certificate) {
        RepositoryUrls urls = new RepositoryUrls(URI.create("http://localhost:8080"));
        CaRole ca = CaRole.fromId(caId);
        assertEquals(URI.create(crl), urls.crl(ca));
        assertEquals(URI.create(certificate), urls.caCertificate(ca));
        assertEquals(URI.create("http://localhost:8080/repo/ocsp"), urls.ocsp());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://sim.example.ac.jp/upki", "https://sim.example.ac.jp/upki/", "https://sim.example.ac.jp/upki//"})
    void aBasePathIsKeptAndTrailingSlashesAreIgnored(String base) {
        RepositoryUrls urls = new RepositoryUrls(URI.create(base));
        assertEquals(URI.create("https://sim.example.ac.jp/upki/repo/crl/client.crl"), urls.crl(CaRole.CLIENT));
        assertEquals(URI.create("https://sim.example.ac.jp/upki/repo/ocsp"), urls.ocsp());
    }

    @Test
    void thePathsAreWhatTheRepositoryFaceServes() {
        assertEquals("/repo/crl/smime.crl", RepositoryUrls.crlPath(CaRole.SMIME));
        assertEquals("/repo/ocsp", RepositoryUrls.ocspPath());
        assertEquals("/repo/ca/client.der", RepositoryUrls.caCertificatePath(CaRole.CLIENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://localhost/", "localhost:8080", "/relative", "http://localhost/?q=1", "http://localhost/#top"})
    void aBaseThatIsNotAnHttpUrlIsRefused(String base) {
        assertThrows(IllegalArgumentException.class, () -> new RepositoryUrls(URI.create(base)));
    }
}
