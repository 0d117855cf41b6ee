package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.ca.CsrProblem.Kind;
import dev.upkisim.core.Language;
import dev.upkisim.support.Csrs;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSR checks of SPEC 1.2 / 1.5 / 1.8 on requests made by the real {@code openssl req}. */
class ServerCsrCheckTest {
    private static final List<String> DOMAINS = List.of("example.ac.jp");
    private static final String WWW = "www.example.ac.jp";
    private static final String MAIL = "mail.example.ac.jp";
    @TempDir
    static Path files;
    private static Csrs.Csr rsa2048;

    @BeforeAll
    static void makeTheGoodRequest() {
        rsa2048 = Csrs.rsa(files, 2048, "/C=JP/L=Example-shi/O=Example University/CN=" + WWW, WWW, MAIL);
    }

    @Test
    void anRsa2048RequestForTwoNamesOfTheInstitutionPasses() {
        CsrInspection inspection = ServerCsrCheck.inspect(rsa2048.pem(), WWW, List.of(MAIL), DOMAINS);
        assertEquals(List.of(), inspection.problems());
        assertEquals(List.of(WWW, MAIL), inspection.dnsNames());
        assertEquals("RSA 2048", ServerKeyPolicy.describe(inspection.csr().orElseThrow().keyInfo()));
        assertEquals(List.of(WWW, MAIL), inspection.csr().orElseThrow().dnsNamesInRequest());
    }

    @Test
    void theRequestMayComeOnOneLineWithEscapedBreaksOrWithTheNewHeader() {
        String escaped = rsa2048.pem().strip().replace("\n", "\\n");
        String keytoolStyle = rsa2048.pem().replace("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");
        for (String form : List.of(rsa2048.oneLine(), escaped, keytoolStyle, "Certificate Request:\n  ...\n" + rsa2048.pem())) {
            assertTrue(ServerCsrCheck.inspect(form, WWW, List.of(), DOMAINS).ok(), form);
        }
    }

    @Test
    void anRsa1024KeyIsRefusedAndTheMessageSaysWhatWasFound() {
        var csr = Csrs.rsa(files, 1024, "/CN=" + WWW);
        CsrInspection inspection = ServerCsrCheck.inspect(csr.pem(), WWW, List.of(), DOMAINS);
        assertEquals(List.of(Kind.KEY_NOT_ALLOWED), kinds(inspection));
        CsrProblem problem = inspection.problems().get(0);
        assertTrue(problem.ja().contains("RSA 1024"), problem.ja());
        assertTrue(problem.en().contains("RSA 1024"), problem.en());
    }

    @Test
    void ecdsaP256AndP384KeysPassAndP521IsRefused() {
        assertTrue(ServerCsrCheck.inspect(Csrs.ec(files, "P-256", "/CN=" + WWW).pem(), WWW, List.of(), DOMAINS).ok());
        assertTrue(ServerCsrCheck.inspect(Csrs.ec(files, "P-384", "/CN=" + WWW).pem(), WWW, List.of(), DOMAINS).ok());
        CsrInspection p521 = ServerCsrCheck.inspect(Csrs.ec(files, "P-521", "/CN=" + WWW).pem(), WWW, List.of(), DOMAINS);
        assertEquals(List.of(Kind.KEY_NOT_ALLOWED), kinds(p521));
        assertTrue(p521.problems().get(0).en().contains("secp521r1"), p521.problems().get(0).en());
    }

    @Test
    void anOuOrAnEmailAddressInTheSubjectIsRefused() {
        var withOu = Csrs.rsa(files, 2048, "/O=Example University/OU=Information Center/CN=" + WWW);
        assertEquals(List.of(Kind.ORGANIZATIONAL_UNIT), kinds(ServerCsrCheck.inspect(withOu.pem(), WWW, List.of(), DOMAINS)));
        var withEmail = Csrs.rsa(files, 2048, "/CN=" + WWW + "/emailAddress=admin@example.ac.jp");
        assertEquals(List.of(Kind.EMAIL_IN_SUBJECT), kinds(ServerCsrCheck.inspect(withEmail.pem(), WWW, List.of(), DOMAINS)));
    }

    @Test
    void aFlippedSignatureByteIsABadSignatureAndNothingElse() {
        CsrInspection inspection = ServerCsrCheck.inspect(Csrs.corruptSignature(rsa2048.pem()), WWW, List.of(MAIL), DOMAINS);
        assertEquals(List.of(Kind.BAD_SIGNATURE), kinds(inspection));
    }

    @Test
    void garbageBadBase64AndTwoRequestsAreUnreadable() {
        String body = rsa2048.pem().replaceAll("-----[A-Z ]+-----", "").strip();
        for (String text : List.of("hello, this is not a CSR", "",
                "-----BEGIN CERTIFICATE REQUEST-----\n%%%%\n-----END CERTIFICATE REQUEST-----",
                "-----BEGIN CERTIFICATE REQUEST-----\n" + body + "\n-----END NEW CERTIFICATE REQUEST-----",
                "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----",
                rsa2048.pem() + rsa2048.pem())) {
            CsrInspection inspection = ServerCsrCheck.inspect(text, WWW, List.of(), DOMAINS);
            assertEquals(List.of(Kind.UNREADABLE), kinds(inspection), text);
            assertTrue(inspection.csr().isEmpty());
        }
    }

    @Test
    void aNameOutsideTheInstitutionsDomainsIsRefusedAlsoWhenOnlyTheTextEndsAlike() {
        CsrInspection inspection = ServerCsrCheck.inspect(rsa2048.pem(), WWW,
                List.of("www.example.com", "www.badexample.ac.jp", "deep.sub.example.ac.jp", "example.ac.jp"), DOMAINS);
        assertEquals(List.of(Kind.OUTSIDE_DOMAINS, Kind.OUTSIDE_DOMAINS), kinds(inspection));
        assertEquals(List.of("www.example.com", "www.badexample.ac.jp"),
                inspection.problems().stream().map(CsrProblem::name).toList());
        assertTrue(inspection.problems().get(0).ja().contains("example.ac.jp"));
    }

    @Test
    void oneCnAndEightMoreNamesAreAllowedButNotNine() {
        List<String> eight = IntStream.rangeClosed(1, 8).mapToObj(i -> "host" + i + ".example.ac.jp").toList();
        assertTrue(ServerCsrCheck.inspect(rsa2048.pem(), WWW, eight, DOMAINS).ok());
        List<String> nine = IntStream.rangeClosed(1, 9).mapToObj(i -> "host" + i + ".example.ac.jp").toList();
        CsrInspection tooMany = ServerCsrCheck.inspect(rsa2048.pem(), WWW, nine, DOMAINS);
        assertEquals(List.of(Kind.TOO_MANY_NAMES), kinds(tooMany));
        assertTrue(tooMany.problems().get(0).en().contains("given: 10"), tooMany.problems().get(0).en());
        List<String> withRepeats = List.of(WWW, "WWW.Example.AC.JP", MAIL, MAIL);
        assertEquals(List.of(WWW, MAIL), ServerCsrCheck.inspect(rsa2048.pem(), WWW, withRepeats, DOMAINS).dnsNames());
    }

    @Test
    void theCsrsCnMustBeOneOfTheNamesAppliedFor() {
        CsrInspection other = ServerCsrCheck.inspect(rsa2048.pem(), MAIL, List.of(), DOMAINS);
        assertEquals(List.of(Kind.COMMON_NAME_NOT_REQUESTED), kinds(other));
        assertTrue(ServerCsrCheck.inspect(rsa2048.pem(), MAIL, List.of(WWW), DOMAINS).ok(), "the CN among the extra names");
        var noCn = Csrs.rsa(files, 2048, "/O=Example University/C=JP");
        assertEquals(List.of(Kind.NO_COMMON_NAME), kinds(ServerCsrCheck.inspect(noCn.pem(), WWW, List.of(), DOMAINS)));
    }

    @Test
    void wildcardsIpAddressesAndUnderscoresAreNotNamesThatCanBeAppliedFor() {
        CsrInspection inspection = ServerCsrCheck.inspect(rsa2048.pem(), WWW,
                List.of("*.example.ac.jp", "192.168.0.1", "under_score.example.ac.jp", "-bad.example.ac.jp"), DOMAINS);
        assertEquals(List.of(Kind.WILDCARD_NAME, Kind.INVALID_NAME, Kind.INVALID_NAME, Kind.INVALID_NAME), kinds(inspection));
    }

    @Test
    void everyProblemSpeaksJapaneseWithoutAsciiCommasAndEnglish() {
        var csr = Csrs.rsa(files, 1024, "/OU=Lab/CN=other.example.com/emailAddress=a@example.ac.jp");
        CsrInspection inspection = ServerCsrCheck.inspect(Csrs.corruptSignature(csr.pem()), "*.example.com",
                IntStream.rangeClosed(1, 9).mapToObj(i -> "h" + i + ".example.org").toList(), DOMAINS);
        assertEquals(List.of(Kind.BAD_SIGNATURE, Kind.KEY_NOT_ALLOWED, Kind.ORGANIZATIONAL_UNIT, Kind.EMAIL_IN_SUBJECT,
                Kind.COMMON_NAME_NOT_REQUESTED, Kind.WILDCARD_NAME), kinds(inspection).subList(0, 6));
        assertTrue(inspection.has(Kind.TOO_MANY_NAMES));
        for (CsrProblem problem : inspection.problems()) {
            assertFalse(problem.in(Language.JA).contains(","), problem.ja());
            assertFalse(problem.in(Language.EN).isBlank());
            assertTrue(problem.en().chars().allMatch(c -> c < 128), problem.en());
        }
    }

    private static List<Kind> kinds(CsrInspection inspection) {
        return inspection.problems().stream().map(CsrProblem::kind).toList();
    }
}
