package dev.upkisim.workflow;

import dev.upkisim.core.Application;
import dev.upkisim.core.IssuedCertificate;

/** A mail the NII side sends (SPEC 1.4 "who gets what, when"); {@link Notifier} turns it into a signed mail. */
public sealed interface Notice {
    Long applicationId();

    /** To the admin (TSV column 10): the one-time PIN URL. */
    record AccessPin(Application application, String pinUrl) implements Notice {
        public Long applicationId() {
            return application.id();
        }
    }

    /** To the user (column 14): the one-time certificate URL, usable once the PIN was fetched. */
    record Acceptance(Application application, String certificateUrl) implements Notice {
        public Long applicationId() {
            return application.id();
        }
    }

    /** To the RA and the admin after STEP3: 取得通知, or 更新通知 for a renewal (with the old serial). */
    record Acquired(Application application, IssuedCertificate certificate, IssuedCertificate replaced) implements Notice {
        public Long applicationId() {
            return application.id();
        }
    }

    /** To the admin and the user: 失効完了通知. */
    record Revoked(Application application, IssuedCertificate certificate) implements Notice {
        public Long applicationId() {
            return application.id();
        }
    }

    /** To the admin: bulk rows of an upload are ready (bulk PIN URL, then bulk P12 URL). */
    record BulkReady(Application firstApplication, int certificates, String bulkPinUrl, String bulkP12Url)
            implements Notice {
        public Long applicationId() {
            return firstApplication.id();
        }
    }

    /** To the RA: a renewed certificate's predecessor is still valid; revoke it. */
    record RevokeReminder(Application application, IssuedCertificate replaced, IssuedCertificate renewed) implements Notice {
        public Long applicationId() {
            return application.id();
        }
    }

    /**
     * To the admin (column 10): a server certificate was issued over the CSR's key (証明書発行通知), with the
     * certificate and the PEM of the CA that issued it.
     */
    record ServerIssued(Application application, IssuedCertificate certificate, String caCertificatePem) implements Notice {
        public Long applicationId() {
            return application.id();
        }
    }
}
