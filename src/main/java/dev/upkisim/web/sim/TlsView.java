package dev.upkisim.web.sim;

import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;

/**
 * {@code GET /sim/tls}: what the listener saw of this connection — whether it was HTTPS and which client
 * certificate, if any, was presented. For checking a client set-up before using a path that needs one.
 */
record TlsView(boolean secure, String cipherSuite, ClientCertificate clientCertificate) {
    record ClientCertificate(String subject, String issuer, String serial) {
    }

    static TlsView of(HttpServletRequest request) {
        Object attribute = request.getAttribute("jakarta.servlet.request.X509Certificate");
        ClientCertificate client = null;
        if (attribute instanceof X509Certificate[] chain && chain.length > 0) {
            client = new ClientCertificate(chain[0].getSubjectX500Principal().getName(),
                    chain[0].getIssuerX500Principal().getName(), chain[0].getSerialNumber().toString());
        }
        Object cipherSuite = request.getAttribute("jakarta.servlet.request.cipher_suite");
        return new TlsView(request.isSecure(), cipherSuite == null ? null : cipherSuite.toString(), client);
    }
}
