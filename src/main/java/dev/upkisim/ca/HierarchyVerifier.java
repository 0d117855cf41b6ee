package dev.upkisim.ca;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

/**
 * Checks that a hierarchy read back from the store is whole and consistent: one CA per role, the root
 * self-signed, each issuing CA signed by the root, and each private key the partner of its certificate.
 * A failure means the data directory was damaged; upki-sim then stops rather than generate a new hierarchy.
 */
public final class HierarchyVerifier {
    private HierarchyVerifier() {
    }

    /** @throws IllegalStateException saying what is wrong, in words for the operator */
    public static void verify(CaHierarchy hierarchy) {
        for (CaRole role : CaRole.values()) {
            if (hierarchy.find(role).isEmpty()) {
                throw new IllegalStateException("the " + role.id() + " CA is missing");
            }
        }
        Authority root = hierarchy.root();
        for (Authority authority : hierarchy.all()) {
            try {
                authority.certificate().verify(root.certificate().getPublicKey());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the " + authority.id() + " CA certificate is not signed by the stored root");
            }
            if (authority.certificate().getBasicConstraints() < 0) {
                throw new IllegalStateException("the " + authority.id() + " CA certificate is not a CA certificate");
            }
            if (!keysMatch(authority)) {
                throw new IllegalStateException("the " + authority.id() + " CA private key does not belong to its certificate");
            }
        }
    }

    private static boolean keysMatch(Authority authority) {
        if (authority.certificate().getPublicKey() instanceof RSAPublicKey publicKey
                && authority.privateKey() instanceof RSAPrivateCrtKey privateKey) {
            return publicKey.getModulus().equals(privateKey.getModulus())
                    && publicKey.getPublicExponent().equals(privateKey.getPublicExponent());
        }
        try {
            byte[] probe = "upki-sim key check".getBytes();
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(authority.privateKey());
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(authority.certificate().getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
