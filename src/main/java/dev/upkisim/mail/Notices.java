package dev.upkisim.mail;

import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What each notice of SPEC 1.4 is built from: one small record per notice, checked when made, so that a wiring
 * mistake (wrong page in a URL, a DN the blocks cannot carry) fails where it is made. "admin" is TSV column 10
 * (利用管理者), "user" column 14, "RA" the institution's 登録担当者 address.
 */
public final class Notices {
    /**
     * The characters a real RA client accepts in a mailed URL: it extracts the first
     * {@code https://host/[-=%./?\w]+} of the text, so a '&' or '#' would cut the URL short.
     */
    static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/[-=%./?\\w]+");
    static final String PIN_PAGE = "/upki-odcert/download/view/jsp/SPEntranceCliPin.jsp?p1=";
    static final String BULK_PIN_PAGE = "/upki-odcert/download/view/jsp/SPEntranceCliAllPin.jsp?p1=";
    static final String BULK_P12_PAGE = "/upki-odcert/download/view/jsp/SPEntranceCliAll.jsp?p1=";

    private Notices() {
    }

    /** A row's certificate is ready: the admin gets the one-time URL of the access PIN (SPEC 1.3). */
    public record AccessPin(String adminEmail, String dn, String pinUrl, ZonedDateTime urlExpires) {
        public AccessPin {
            Mail.requireAddress(adminEmail, "admin e-mail");
            DnLines.split(dn);
            requireUrl(pinUrl, PIN_PAGE);
            Objects.requireNonNull(urlExpires, "urlExpires");
        }
    }

    /** Same time: the user gets the one-time certificate URL, usable once the PIN was fetched. */
    public record IssueAcceptance(String userEmail, String dn, String certificateUrl, ZonedDateTime urlExpires) {
        public IssueAcceptance {
            Mail.requireAddress(userEmail, "user e-mail");
            DnLines.split(dn);
            requireUrl(certificateUrl, "/upki-odcert/");
            Objects.requireNonNull(urlExpires, "urlExpires");
        }
    }

    /** The P12 was downloaded (STEP3): RA and admin learn DN and serial. */
    public record Acquisition(List<String> to, String dn, BigInteger serial) {
        public Acquisition {
            to = recipients(to);
            DnLines.split(dn);
            requireSerial(serial);
        }
    }

    /**
     * A renewal's P12 was downloaded (renewal notice), or its old certificate is still valid two weeks later
     * (reminder): RA and admin, with a revocation row for the old certificate.
     */
    public record Renewal(List<String> to, String dn, BigInteger newSerial, BigInteger oldSerial, String adminEmail,
                          String userEmail) {
        public Renewal {
            to = recipients(to);
            requireSerial(newSerial);
            requireSerial(oldSerial);
            revocationRow(dn, oldSerial, adminEmail, userEmail);
        }

        /** The old certificate's row of the attached revocation TSV: reason superseded (4). */
        public RevocationTsv.Row revocationRow() {
            return revocationRow(dn, oldSerial, adminEmail, userEmail);
        }

        private static RevocationTsv.Row revocationRow(String dn, BigInteger serial, String admin, String user) {
            return new RevocationTsv.Row(dn, serial, RevocationTsv.SUPERSEDED, "証明書更新のため", admin, user);
        }
    }

    /** A revocation was processed: admin and user. {@code reasonCode} as TSV column 5 (RFC 5280). */
    public record Revocation(List<String> to, String dn, BigInteger serial, int reasonCode) {
        public Revocation {
            to = recipients(to);
            DnLines.split(dn);
            requireSerial(serial);
            RevocationReasons.require(reasonCode);
        }
    }

    /** Bulk P12 rows are ready: the admin gets one URL for all their access PINs. */
    public record BulkPin(String adminEmail, String pinUrl, int certificates, ZonedDateTime urlExpires) {
        public BulkPin {
            Mail.requireAddress(adminEmail, "admin e-mail");
            requireUrl(pinUrl, BULK_PIN_PAGE);
            requireCount(certificates);
            Objects.requireNonNull(urlExpires, "urlExpires");
        }
    }

    /** Then the admin gets the URL of the ZIP with all P12 files and client.txt. */
    public record BulkP12(String adminEmail, String downloadUrl, int certificates, ZonedDateTime urlExpires) {
        public BulkP12 {
            Mail.requireAddress(adminEmail, "admin e-mail");
            requireUrl(downloadUrl, BULK_P12_PAGE);
            requireCount(certificates);
            Objects.requireNonNull(urlExpires, "urlExpires");
        }
    }

    /**
     * A server certificate was issued over the admin's CSR: the admin (column 10) gets DN, serial, names,
     * validity and the certificate with its intermediate CA as PEM.
     */
    public record ServerIssued(String adminEmail, String dn, BigInteger serial, List<String> dnsNames,
                               ZonedDateTime notBefore, ZonedDateTime notAfter, String certificatePem,
                               String caCertificatePem) {
        public ServerIssued {
            Mail.requireAddress(adminEmail, "admin e-mail");
            DnLines.split(dn);
            requireSerial(serial);
            dnsNames = List.copyOf(dnsNames);
            if (dnsNames.isEmpty()) {
                throw new IllegalArgumentException("a server certificate names at least one host");
            }
            Objects.requireNonNull(notBefore, "notBefore");
            Objects.requireNonNull(notAfter, "notAfter");
            requirePem(certificatePem);
            requirePem(caCertificatePem);
        }
    }

    private static void requirePem(String pem) {
        if (pem == null || !pem.strip().startsWith("-----BEGIN CERTIFICATE-----")) {
            throw new IllegalArgumentException("not a PEM certificate: " + pem);
        }
    }

    private static List<String> recipients(List<String> to) {
        List<String> copy = List.copyOf(to);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a notice needs at least one recipient");
        }
        copy.forEach(address -> Mail.requireAddress(address, "recipient"));
        return copy;
    }

    private static void requireUrl(String url, String page) {
        if (url == null || !URL.matcher(url).matches()) {
            throw new IllegalArgumentException("'" + url + "' cannot be mailed: real RA clients take the URL as "
                    + "https://host/ followed by letters, digits and - = % . / ? _ only");
        }
        if (!url.contains(page)) {
            throw new IllegalArgumentException("'" + url + "' is not a URL of " + page + "… (SPEC 1.3)");
        }
    }

    private static void requireSerial(BigInteger serial) {
        if (serial == null || serial.signum() <= 0) {
            throw new IllegalArgumentException("a certificate serial must be positive");
        }
    }

    private static void requireCount(int certificates) {
        if (certificates < 1) {
            throw new IllegalArgumentException("a bulk notice needs at least one certificate");
        }
    }
}
