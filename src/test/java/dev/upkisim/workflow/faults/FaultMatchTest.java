package dev.upkisim.workflow.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultMatchTest {
    private static final HttpFaultRequest RA_UPLOAD =
            new HttpFaultRequest("upki", "POST", "/upki-odcert/lra/SP1011.do", null, "example-u");
    private static final HttpFaultRequest MEMBER_HOME = new HttpFaultRequest("jupki", "GET", "/jupki/", "taro", "example-u");
    private static final HttpFaultRequest OCSP = new HttpFaultRequest("repo", "POST", "/repo/ocsp", null, null);

    private static FaultMatch http(String face, String path, String method, String user, String institution) {
        return new FaultMatch(null, blank(face), blank(path) == null ? null : PathGlob.of(path), blank(method),
                blank(user), blank(institution), null);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @ParameterizedTest(name = "face={0} path={1} method={2} user={3} institution={4}")
    @CsvSource({
            // face, path, method, user, institution, the RA's upload, the member's home, OCSP
            "upki,  ,                   ,     ,     ,          true,  false, false",
            "jupki, ,                   ,     ,     ,          false, true,  false",
            ",      /upki-odcert/*.do,  ,     ,     ,          true,  false, false",
            "upki,  /upki-odcert/*.do,  GET,  ,     ,          false, false, false",
            "upki,  /upki-odcert/*.do,  post, ,     ,          true,  false, false",
            ",      /*,                 ,     ,     example-u, true,  true,  false",
            ",      /*,                 ,     ,     sample-c,  false, false, false",
            "jupki, ,                   ,     taro, ,          false, true,  false",
            "jupki, ,                   ,     hanako, ,        false, false, false",
            "repo,  /repo/ocsp*,        ,     ,     ,          false, false, true",
    })
    void anHttpRuleFitsWhenEveryGivenFieldFits(String face, String path, String method, String user, String institution,
                                               boolean upload, boolean home, boolean ocsp) {
        FaultMatch match = http(face, path, method, user, institution);
        assertEquals(upload, match.matches(RA_UPLOAD), "the RA's upload");
        assertEquals(home, match.matches(MEMBER_HOME), "the member's home page");
        assertEquals(ocsp, match.matches(OCSP), "an OCSP request");
        assertEquals(false, match.matches(FaultStage.NII_TO_CA, StageSubject.application(1, "example-u")),
                "an HTTP rule never fits a stage");
    }

    @ParameterizedTest(name = "stage={0} institution={1} recipient={2}")
    @CsvSource({
            // stage, institution, recipient, NII→CA of example-u, revocation of example-u, mail to taro
            "nii-to-ca,     ,          ,                   true,  false, false",
            "nii-to-ca,     example-u, ,                   true,  false, false",
            "nii-to-ca,     sample-c,  ,                   false, false, false",
            "revocation,    ,          ,                   false, true,  false",
            "mail-delivery, ,          ,                   false, false, true",
            "mail-delivery, ,          TARO@example.ac.jp, false, false, true",
            "mail-delivery, ,          jiro@example.ac.jp, false, false, false",
    })
    void aStageRuleFitsItsStageAndSubject(String stage, String institution, String recipient,
                                          boolean niiToCa, boolean revocation, boolean mail) {
        FaultMatch match = new FaultMatch(FaultStage.fromId(stage).orElseThrow(), null, null, null, null,
                blank(institution), blank(recipient));
        StageSubject application = StageSubject.application(7, "example-u");
        assertEquals(niiToCa, match.matches(FaultStage.NII_TO_CA, application));
        assertEquals(revocation, match.matches(FaultStage.REVOCATION, application));
        assertEquals(mail, match.matches(FaultStage.MAIL_DELIVERY,
                StageSubject.mail(List.of("taro@example.ac.jp", "kanri.jiro@example.ac.jp"), "smtp 127.0.0.1:25")));
        assertEquals(false, match.matches(RA_UPLOAD), "a stage rule never fits an HTTP request");
    }
}
