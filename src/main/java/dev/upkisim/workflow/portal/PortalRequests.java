package dev.upkisim.workflow.portal;

import dev.upkisim.core.CertificateProfile;
import dev.upkisim.core.Institution;
import dev.upkisim.core.User;
import dev.upkisim.workflow.ApplicationOrigin;
import dev.upkisim.workflow.UploadReport;
import dev.upkisim.workflow.UploadService;
import java.util.List;

/**
 * A member's applications from the portal (SPEC 1.5): new, renewal and revocation, each sent to the NII side
 * as a one-row TSV upload with {@code errorFlg} 1, which reaches the NII side after the J-UPKI → NII delay
 * (SPEC 1.6). The result says whether the NII side accepted it and, if not, its error lines.
 */
public final class PortalRequests {
    /** Client certificate, 48 months; S/MIME, 27 months (SPEC 1.2 profile IDs). */
    public static final CertificateProfile CLIENT = CertificateProfile.CLIENT_48_MONTHS;
    public static final CertificateProfile SMIME = CertificateProfile.SMIME_27_MONTHS;

    private final UploadService uploads;
    private final PortalMembers members;

    public PortalRequests(UploadService uploads, PortalMembers members) {
        this.uploads = uploads;
        this.members = members;
    }

    /** Accepted, or refused with the NII side's error lines. */
    public record Outcome(boolean accepted, List<String> errors) {
        static Outcome of(UploadReport report) {
            List<String> errors = new java.util.ArrayList<>(report.fileErrors());
            report.lines().forEach(line -> errors.addAll(line.errors()));
            return new Outcome(report.processed() && report.allOk(), List.copyOf(errors));
        }
    }

    /** The DN a new application of this member would carry (shown on the confirmation screen). */
    public static String subjectDn(User user, Institution institution, boolean smime) {
        return PortalTsv.subjectDn(user, institution, smime);
    }

    public Outcome applyNew(User user, Institution institution, CertificateProfile profile) {
        boolean smime = profile.kind() == CertificateProfile.Kind.SMIME;
        String dn = PortalTsv.subjectDn(user, institution, smime);
        return send(institution, "1", "jupki-new.tsv",
                PortalTsv.issueOrRenew(user, institution, dn, profile.id(), null));
    }

    /** Renewal of one of the member's own certificates; empty when it is not the member's. */
    public java.util.Optional<Outcome> renew(User user, Institution institution, long applicationId) {
        return members.find(user, applicationId).filter(line -> line.certificate() != null).map(line -> {
            var request = line.application().request();
            return send(institution, "2", "jupki-renew.tsv", PortalTsv.issueOrRenew(user, institution,
                    request.subjectDn(), request.profile().id(), line.certificate().serial()));
        });
    }

    /** Revocation of one of the member's own valid certificates; empty when it is not the member's. */
    public java.util.Optional<Outcome> revoke(User user, Institution institution, long applicationId, int reason,
                                              String comment) {
        return members.find(user, applicationId).filter(MemberCertificate::revocable).map(line -> send(institution, "3",
                "jupki-revoke.tsv", PortalTsv.revoke(user, institution, line.application().request().subjectDn(),
                        line.certificate().serial(), reason, comment)));
    }

    /** One row passed on to the NII side, which has it after the J-UPKI → NII delay. */
    private Outcome send(Institution institution, String applyType, String fileName, byte[] row) {
        return Outcome.of(uploads.upload(institution, ApplicationOrigin.JUPKI_PORTAL, applyType, "1", fileName, row));
    }
}
