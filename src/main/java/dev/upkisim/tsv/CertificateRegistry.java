package dev.upkisim.tsv;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The stored data the TSV check consults, seen from the NII issuance system: implemented over the store by the
 * workflow, in memory by tests, and not at all offline ({@link #OFFLINE}). Keeping it an interface keeps this
 * package free of the store.
 */
public interface CertificateRegistry {

    /**
     * True when the institution has valid existing data under this DN — a certificate that is neither revoked nor
     * expired, or an application still in progress (real error 212's cause: 「証明書情報テーブルに有効な既存データが
     * 存在する」). Implementations compare DNs as {@link SubjectDn#canonical()} does.
     */
    boolean subjectInUse(String institutionId, String subjectDn);

    /** The institution's certificate with this serial, if it has one (another institution's is not found). */
    Optional<RegisteredCertificate> find(String institutionId, BigInteger serial);

    /** False when the institution may not apply at all (real error 215, 「機関状態が無効なため申請できません。」). */
    default boolean institutionActive(String institutionId) {
        return true;
    }

    /** False for {@link #OFFLINE}: the checks against issued certificates (212, 216–218) are then skipped. */
    default boolean available() {
        return true;
    }

    /** No store at all (the {@code tsv check} command): nothing is known, so nothing is checked against it. */
    CertificateRegistry OFFLINE = new CertificateRegistry() {
        @Override
        public boolean subjectInUse(String institutionId, String subjectDn) {
            return false;
        }

        @Override
        public Optional<RegisteredCertificate> find(String institutionId, BigInteger serial) {
            return Optional.empty();
        }

        @Override
        public boolean available() {
            return false;
        }
    };
}
