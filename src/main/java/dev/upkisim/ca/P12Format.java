package dev.upkisim.ca;

import java.util.Locale;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.bc.BcPKCS12PBEOutputEncryptorBuilder;

/**
 * The two PKCS#12 profiles upki-sim writes (SPEC 1.9 "PKCS#12 profiles"), chosen per configuration and per
 * request. The same algorithm protects the key bag and the certificate bag.
 */
public enum P12Format {
    /**
     * pbeWithSHAAnd3-KeyTripleDES-CBC (RFC 7292 Appendix C) for the shrouded key bag and the encrypted
     * certificates, and an HMAC-SHA-1 MAC (RFC 7292 5.1): what iOS/iPadOS imports (the seed's FAQ: the export
     * must be "TripleDES-SHA1"; "AES256-SHA256" may fail there). {@value #LEGACY_ITERATIONS} iterations for
     * both, openssl's default ({@code PKCS12_DEFAULT_ITER}).
     */
    LEGACY {
        @Override
        OutputEncryptor encryptor(char[] password) {
            return new BcPKCS12PBEOutputEncryptorBuilder(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
                    CBCBlockCipher.newInstance(new DESedeEngine()))
                    .setIterationCount(LEGACY_ITERATIONS).build(password);
        }

        @Override
        PKCS12MacCalculatorBuilder mac() {
            return new BcPKCS12MacCalculatorBuilder().setIterationCount(LEGACY_ITERATIONS);
        }
    },

    /**
     * PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC (RFC 8018 6.2, 5.2) for both bags, and an HMAC-SHA-256
     * MAC (RFC 7292 5.1 with SHA-256): what openssl 3 and the JDK write by default. {@value #MODERN_ITERATIONS}
     * iterations for the key derivation and the MAC, the JDK's PKCS12 key store defaults since JDK 12
     * ({@code keystore.pkcs12.certPbeIterationCount}, {@code macIterationCount}). See {@link Pbes2Encryptor}.
     */
    MODERN {
        @Override
        OutputEncryptor encryptor(char[] password) {
            return Pbes2Encryptor.build(password, MODERN_ITERATIONS);
        }

        @Override
        PKCS12MacCalculatorBuilder mac() {
            return new BcPKCS12MacCalculatorBuilder(SHA256Digest.newInstance(),
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE))
                    .setIterationCount(MODERN_ITERATIONS);
        }
    };

    /** Iterations of the legacy PKCS#12 key derivation and MAC. */
    public static final int LEGACY_ITERATIONS = 2048;
    /** Iterations of the modern PBKDF2 key derivation and MAC. */
    public static final int MODERN_ITERATIONS = 10_000;

    /** A fresh encryptor (own random salt) for one bag. */
    abstract OutputEncryptor encryptor(char[] password);

    /** The integrity MAC over the whole file. */
    abstract PKCS12MacCalculatorBuilder mac();

    /** The name used in settings and requests: {@code legacy} or {@code modern}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static P12Format fromId(String id) {
        for (P12Format format : values()) {
            if (format.id().equals(id)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown PKCS#12 format '" + id + "'; allowed: legacy, modern");
    }
}
