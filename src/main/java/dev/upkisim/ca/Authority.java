package dev.upkisim.ca;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** One CA of the hierarchy: its certificate and the key it signs with. */
public record Authority(CaRole role, X509Certificate certificate, PrivateKey privateKey) {

    public String id() {
        return role.id();
    }

    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }
}
