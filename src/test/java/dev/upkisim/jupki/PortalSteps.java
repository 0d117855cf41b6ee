package dev.upkisim.jupki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.Eventually;
import dev.upkisim.support.PortalClient;
import java.util.Map;
import java.util.Optional;

/** The portal steps the tests repeat: apply, wait for 有効, download through the hand-over to STEP2. */
final class PortalSteps {
    private PortalSteps() {
    }

    /** Applies for a client certificate and returns the new application's id once it is 有効. */
    static long applyAndWaitUntilValid(PortalClient member, String type) {
        PortalClient.Page form = member.get("/jupki/apply");
        PortalClient.Page confirm = member.submit(form, "form#apply-form", Map.of("type", type));
        PortalClient.Page home = member.submit(confirm, "form#confirm-form", Map.of());
        assertEquals(200, home.status(), home.html());
        assertTrue(home.document().select("#flash").text().contains("申請を受け付けました"), home.html());
        return Eventually.await("a downloadable certificate", () -> {
            var row = member.get("/jupki/").document().select("tr:has(a.download)").first();
            return row == null ? Optional.empty() : Optional.of(Long.parseLong(row.id().replace("application-", "")));
        });
    }

    /** 証明書をダウンロード → the NII 【STEP2】 page (the PIN passed for the member) → 「発行」 → the P12 link. */
    static PortalClient.Page downloadToStep3(PortalClient member, long applicationId) {
        PortalClient.Page handOver = member.get("/jupki/certificates/" + applicationId + "/download");
        PortalClient.Page step2 = member.submit(handOver, "form#to-nii", Map.of());
        assertTrue(step2.document().select("h2").text().contains("【STEP2】証明書を発行"), step2.html());
        return step2;
    }
}
