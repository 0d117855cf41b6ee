package dev.upkisim.doctor;

import java.io.InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.io.CipherInputStream;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.operator.InputDecryptor;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * PBES2 decryption (RFC 8018 6.2.2) with PBKDF2 (RFC 8018 5.2) on Bouncy Castle's lightweight API: the
 * reading counterpart of {@code ca.Pbes2Encryptor}, for the same reason (the JDK provider maps the AES-CBC
 * OIDs to NoPadding, and registering the BC provider is a process-wide change). PRFs HMAC-SHA-1/224/256/384/512,
 * ciphers AES-128/192/256-CBC and DES-EDE3-CBC; the password goes in as UTF-8, as openssl and the JDK do.
 */
final class Pbes2Decryptor {
    private Pbes2Decryptor() {
    }

    static InputDecryptor get(AlgorithmIdentifier algorithm, char[] password) throws OperatorCreationException {
        try {
            PBES2Parameters parameters = PBES2Parameters.getInstance(algorithm.getParameters());
            if (!parameters.getKeyDerivationFunc().getAlgorithm().equals(PKCSObjectIdentifiers.id_PBKDF2)) {
                throw new OperatorCreationException("PBES2 with a key derivation other than PBKDF2 is not supported");
            }
            PBKDF2Params kdf = PBKDF2Params.getInstance(parameters.getKeyDerivationFunc().getParameters());
            ASN1ObjectIdentifier cipherOid = parameters.getEncryptionScheme().getAlgorithm();
            int keyBytes = keyBytes(cipherOid);
            byte[] iv = ASN1OctetString.getInstance(parameters.getEncryptionScheme().getParameters()).getOctets();

            PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(digest(kdf.getPrf().getAlgorithm()));
            generator.init(PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(password), kdf.getSalt(),
                    kdf.getIterationCount().intValueExact());
            KeyParameter key = (KeyParameter) generator.generateDerivedParameters(keyBytes * 8);
            BlockCipher engine = cipherOid.equals(PKCSObjectIdentifiers.des_EDE3_CBC) ? new DESedeEngine() : AESEngine.newInstance();
            return new InputDecryptor() {
                @Override
                public AlgorithmIdentifier getAlgorithmIdentifier() {
                    return algorithm;
                }

                @Override
                public InputStream getInputStream(InputStream encrypted) {
                    PaddedBufferedBlockCipher cipher = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(engine),
                            new PKCS7Padding());
                    cipher.init(false, new ParametersWithIV(key, iv));
                    return new CipherInputStream(encrypted, cipher);
                }
            };
        } catch (RuntimeException e) {
            throw new OperatorCreationException("unreadable PBES2 parameters: " + e.getMessage(), e);
        }
    }

    private static int keyBytes(ASN1ObjectIdentifier cipher) throws OperatorCreationException {
        if (cipher.equals(NISTObjectIdentifiers.id_aes128_CBC)) {
            return 16;
        }
        if (cipher.equals(NISTObjectIdentifiers.id_aes192_CBC) || cipher.equals(PKCSObjectIdentifiers.des_EDE3_CBC)) {
            return 24;
        }
        if (cipher.equals(NISTObjectIdentifiers.id_aes256_CBC)) {
            return 32;
        }
        throw new OperatorCreationException("PBES2 cipher " + cipher.getId() + " is not supported");
    }

    private static Digest digest(ASN1ObjectIdentifier prf) throws OperatorCreationException {
        if (prf.equals(PKCSObjectIdentifiers.id_hmacWithSHA1)) {
            return new SHA1Digest();
        }
        if (prf.equals(PKCSObjectIdentifiers.id_hmacWithSHA224)) {
            return new SHA224Digest();
        }
        if (prf.equals(PKCSObjectIdentifiers.id_hmacWithSHA256)) {
            return SHA256Digest.newInstance();
        }
        if (prf.equals(PKCSObjectIdentifiers.id_hmacWithSHA384)) {
            return new SHA384Digest();
        }
        if (prf.equals(PKCSObjectIdentifiers.id_hmacWithSHA512)) {
            return new SHA512Digest();
        }
        throw new OperatorCreationException("PBKDF2 PRF " + prf.getId() + " is not supported");
    }
}
