package dev.upkisim.ca;

import java.io.OutputStream;
import java.security.SecureRandom;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.io.CipherOutputStream;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OutputEncryptor;

/**
 * PBES2 encryption (RFC 8018 6.2) with PBKDF2-HMAC-SHA256 (RFC 8018 5.2, A.2) and AES-256-CBC with PKCS#7
 * padding, on Bouncy Castle's lightweight API.
 *
 * <p>Why not BC's {@code JcePKCSPBEOutputEncryptorBuilder}: it asks the JCA for a cipher by the AES-256-CBC
 * OID, which the JDK's own provider maps to {@code AES_256/CBC/NoPadding}, so a key bag fails with "Input
 * length not multiple of 16 bytes" unless the BC provider is registered (a process-wide change) or passed
 * in (0.6 s to construct the first time). This class needs neither.
 *
 * <p>The password is fed to PBKDF2 as UTF-8 (RFC 8018 3 leaves the encoding open; openssl and the JDK use
 * UTF-8). Each encryptor has its own random 16-byte salt and IV.
 */
final class Pbes2Encryptor {
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private Pbes2Encryptor() {
    }

    static OutputEncryptor build(char[] password, int iterations) {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] iv = new byte[16];
        random.nextBytes(iv);

        PKCS5S2ParametersGenerator kdf = new PKCS5S2ParametersGenerator(SHA256Digest.newInstance());
        kdf.init(PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(password), salt, iterations);
        KeyParameter key = (KeyParameter) kdf.generateDerivedParameters(KEY_BITS);

        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(
                new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(salt, iterations,
                        new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))),
                new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(iv))));

        return new OutputEncryptor() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream(OutputStream encrypted) {
                PaddedBufferedBlockCipher cipher = new PaddedBufferedBlockCipher(
                        CBCBlockCipher.newInstance(AESEngine.newInstance()), new PKCS7Padding());
                cipher.init(true, new ParametersWithIV(key, iv));
                return new CipherOutputStream(encrypted, cipher);
            }

            @Override
            public GenericKey getKey() {
                return new GenericKey(algorithm, key.getKey());
            }
        };
    }
}
