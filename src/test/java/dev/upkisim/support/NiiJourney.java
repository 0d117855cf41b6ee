package dev.upkisim.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Element;

/** The steps of the NII face as an RA script and a user's browser take them, with the checks every step needs. */
public final class NiiJourney {
    public static final String LRA = "/upki-odcert/lra";
    private final RaClient ra;
    private final RaClient browser;
    private final Outbox outbox;

    public NiiJourney(RunningSimulator sim, String institution) {
        this.ra = RaClient.forInstitution(sim, institution);
        this.browser = RaClient.anonymous(sim);
        this.outbox = new Outbox(sim);
    }

    public RaClient ra() {
        return ra;
    }

    public RaClient browser() {
        return browser;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** SSLLogin.do → frame hidari → MainMenuForm(forwardName=SP1011) → the SP1011 form, submitted with the file. */
    public RaClient.Page upload(String applyType, String errorFlg, byte[] tsv) {
        RaClient.Page frameset = ra.get(LRA + "/SSLLogin.do");
        String menuUrl = frameset.document().select("frame[name=hidari]").attr("src");
        RaClient.Page menu = ra.get(menuUrl);
        Element menuForm = menu.document().selectFirst("form[name=MainMenuForm]");
        RaClient.Page uploadPage = ra.postFormPage(menuForm.attr("action"), Map.of("forwardName", "SP1011"));
        Element form = uploadPage.document().selectFirst("form[name=SP1011]");
        assertEquals("multipart/form-data", form.attr("enctype"));
        return ra.upload(form.attr("action"), applyType, errorFlg, "apply.tsv", tsv);
    }

    /** The admin's PIN mail → SPEntranceCliPin.jsp → spEntranceCliPin.do → spDLCliPin.do → the PIN from the ZIP. */
    public String fetchPin(String userEmail) {
        Outbox.Mail acceptance = outbox.await(userEmail, "発行受付通知");
        Outbox.Mail pinMail = outbox.all().stream()
                .filter(mail -> mail.subject().contains("アクセスPIN発行通知") && acceptance.application().equals(mail.application()))
                .findFirst().orElseThrow();
        RaClient.Page entrance = browser.get(pinMail.url("SPEntranceCliPin.jsp"));
        Element next = entrance.document().selectFirst("form[name=SPEntranceCliPinForm]");
        RaClient.Page download = browser.postFormPage(next.attr("action"), Map.of("p1", next.select("input[name=p1]").val()));
        Element form = download.document().selectFirst("form[name=SPDLCliPinForm]");
        HttpResponse<byte[]> zip = browser.postForm(form.attr("action"), Map.of("p1", form.select("input[name=p1]").val()));
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        String tsv = unzipFirst(zip.body(), Charset.forName("Windows-31J"));
        String[] lines = tsv.split("\r\n");
        assertTrue(lines[0].startsWith("利用者氏名\t"), tsv);
        String[] fields = lines[1].split("\t");
        assertEquals(userEmail, fields[1]);
        return fields[2];
    }

    /** The user's mail → 【STEP1】 with the access PIN → 【STEP2】. */
    public RaClient.Page step2(String userEmail, String pin) {
        RaClient.Page step1 = browser.get(certificateUrl(userEmail));
        assertTrue(step1.heading().contains("【STEP1】認証情報パスワードを入力"), step1.document().outerHtml());
        return enterPin(step1, pin);
    }

    public RaClient.Page enterPin(RaClient.Page step1, String pin) {
        Element form = step1.document().selectFirst("form[name=SPEntranceCliForm]");
        return browser.postFormPage(form.attr("action"), Map.of("p1", form.select("input[name=p1]").val(), "passwd", pin));
    }

    public String certificateUrl(String userEmail) {
        return outbox.await(userEmail, "発行受付通知").url("SPEntranceCli.jsp");
    }

    /** 「発行」 on a STEP2 page (the form as the page gave it: pressing it twice sends the same form twice). */
    public RaClient.Page pressIssue(RaClient.Page step2) {
        Element form = step2.document().selectFirst("form[name=SPIssueCliForm]");
        return browser.postFormPage(form.attr("action"), Map.of("sessionId", form.select("input[name=sessionId]").val()));
    }

    /** 【STEP3】's download link → the P12 bytes. */
    public byte[] downloadP12(RaClient.Page step3) {
        assertTrue(step3.heading().contains("【STEP3】"), step3.document().outerHtml());
        HttpResponse<byte[]> p12 = browser.getBytes(step3.document().selectFirst("a#download").attr("href"));
        assertEquals(200, p12.statusCode());
        assertEquals("application/x-pkcs12", p12.headers().firstValue("Content-Type").orElse(""));
        return p12.body();
    }

    public static String unzipFirst(byte[] zip, Charset charset) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            if (entry == null) {
                throw new AssertionError("empty ZIP");
            }
            return new String(in.readAllBytes(), charset);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
