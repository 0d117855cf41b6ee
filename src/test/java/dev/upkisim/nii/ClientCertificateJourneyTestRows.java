package dev.upkisim.nii;

import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Outbox;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.TsvRows;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Small shared steps of the NII tests: a list row by serial, the PIN behind a PIN mail. */
final class ClientCertificateJourneyTestRows {
    private ClientCertificateJourneyTestRows() {
    }

    static List<String> row(NiiJourney journey, BigInteger serial) {
        String tsv = new String(journey.ra().getBytes(NiiJourney.LRA + "/syomeiDL_S_Cli.do").body(), TsvRows.CP932);
        return java.util.Arrays.stream(tsv.split("\r\n")).map(line -> List.of(line.split("\t", -1)))
                .filter(fields -> fields.size() > 23 && fields.get(23).equals(serial.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no list row with serial " + serial + " in\n" + tsv));
    }

    static String pinFrom(NiiJourney journey, Outbox.Mail pinMail) {
        RaClient browser = journey.browser();
        RaClient.Page entrance = browser.get(pinMail.url("SPEntranceCliPin.jsp"));
        Element next = entrance.document().selectFirst("form[name=SPEntranceCliPinForm]");
        RaClient.Page download = browser.postFormPage(next.attr("action"), Map.of("p1", next.select("input[name=p1]").val()));
        Element form = download.document().selectFirst("form[name=SPDLCliPinForm]");
        byte[] zip = browser.postForm(form.attr("action"), Map.of("p1", form.select("input[name=p1]").val())).body();
        return NiiJourney.unzipFirst(zip, TsvRows.CP932).split("\r\n")[1].split("\t")[2];
    }
}
