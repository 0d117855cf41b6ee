package dev.upkisim.doctor;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.InputDecryptor;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.bc.BcPKCS12PBEInputDecryptorProviderBuilder;

/**
 * Decrypts what a PKCS#12 file encrypts, whichever scheme it uses: PBES2 through {@link Pbes2Decryptor}, the
 * PKCS#12 PBE schemes (RFC 7292 Appendix C: TripleDES, RC2, RC4) through Bouncy Castle's lightweight builder.
 * Neither needs a JCA provider registered.
 */
final class BagDecryptors implements InputDecryptorProvider {
    private final char[] password;
    private final InputDecryptorProvider pkcs12;

    BagDecryptors(char[] password) {
        this.password = password;
        this.pkcs12 = new BcPKCS12PBEInputDecryptorProviderBuilder().build(password);
    }

    @Override
    public InputDecryptor get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
        return algorithm.getAlgorithm().equals(PKCSObjectIdentifiers.id_PBES2)
                ? Pbes2Decryptor.get(algorithm, password) : pkcs12.get(algorithm);
    }
}
