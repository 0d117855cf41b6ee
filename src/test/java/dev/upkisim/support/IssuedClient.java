package dev.upkisim.support;

import dev.upkisim.ca.Pem;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

/** A client certificate issued through the NII flow (TSV → PIN → STEP1/2/3 → P12), ready for real tools. */
public record IssuedClient(String dn, String email, X509Certificate certificate) {

    /** Uploads an issue row for a fresh e-mail address and downloads the P12 as the user does. */
    public static IssuedClient issue(NiiJourney journey, String name, String userId, String email) {
        String dn = TsvRows.clientDn(name, userId);
        journey.upload("1", "1", new TsvRows().issue(dn, 5, 1, name, email).bytes());
        String pin = journey.fetchPin(email);
        byte[] p12 = journey.downloadP12(journey.pressIssue(journey.step2(email, pin)));
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(p12), pin.toCharArray());
            return new IssuedClient(dn, email, (X509Certificate) store.getCertificate(store.aliases().nextElement()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Revokes it with a TSV row (applyType 3) and the given RFC 5280 reason code. */
    public void revoke(NiiJourney journey, int reason) {
        journey.upload("3", "1", new TsvRows().revoke(dn, serial(), reason, reason == 0 ? "テスト" : "", email).bytes());
    }

    public BigInteger serial() {
        return certificate.getSerialNumber();
    }

    public String pem() {
        return Pem.certificate(certificate);
    }
}
