package dev.upkisim.doctor;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the path from the leaf through a file's certificates: each next one is the certificate whose subject
 * is the current one's issuer and whose key verifies its signature (RFC 5280 6.1, names and signatures only —
 * validity and revocation are the relying party's business).
 */
final class Chains {
    private Chains() {
    }

    static ChainInfo from(List<X509Certificate> certificates, int leaf) {
        List<Integer> path = new ArrayList<>(List.of(leaf));
        X509Certificate current = certificates.get(leaf);
        while (!selfSigned(current)) {
            int next = issuerOf(current, certificates, path);
            if (next < 0) {
                break;
            }
            path.add(next);
            current = certificates.get(next);
        }
        boolean inOrder = true;
        for (int i = 1; i < path.size(); i++) {
            inOrder &= path.get(i) > path.get(i - 1);
        }
        return new ChainInfo(List.copyOf(path), inOrder, selfSigned(current));
    }

    static boolean selfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                && verifies(certificate, certificate);
    }

    private static int issuerOf(X509Certificate child, List<X509Certificate> certificates, List<Integer> used) {
        for (int i = 0; i < certificates.size(); i++) {
            X509Certificate candidate = certificates.get(i);
            if (!used.contains(i) && candidate.getSubjectX500Principal().equals(child.getIssuerX500Principal())
                    && verifies(child, candidate)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean verifies(X509Certificate child, X509Certificate issuer) {
        try {
            child.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
