package dev.upkisim.workflow;

import dev.upkisim.ca.Pem;
import dev.upkisim.core.Application;
import dev.upkisim.core.Institution;
import dev.upkisim.mail.Mail;
import dev.upkisim.mail.NoticeTemplates;
import dev.upkisim.mail.Notices;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a {@link Notice} into the real service's mail (SPEC 1.4 "who gets what, when"): the admin is TSV column 10,
 * the user column 14, the RA the institution's RA contact. The DN in every mail is the TSV's column 1, verbatim.
 * A server certificate's notice goes to its admin (column 10) only.
 */
final class MailComposer {
    /** A composed mail with the outbox's label for it. */
    record Composed(String kind, Mail mail) {
    }

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private final NoticeTemplates templates;
    private final Function<String, Institution> institutions;

    MailComposer(NoticeTemplates templates, Function<String, Institution> institutions) {
        this.templates = templates;
        this.institutions = institutions;
    }

    List<Composed> compose(Notice notice, Instant now) {
        ZonedDateTime urlExpires = ApplicationProcessing.expiry(now).atZone(JAPAN);
        if (notice instanceof Notice.AccessPin pin) {
            var request = pin.application().request();
            return List.of(new Composed("access-pin", templates.accessPinNotice(
                    new Notices.AccessPin(request.adminEmail(), request.subjectDn(), pin.pinUrl(), urlExpires))));
        }
        if (notice instanceof Notice.Acceptance acceptance) {
            var request = acceptance.application().request();
            return List.of(new Composed("acceptance", templates.certificateAcceptance(new Notices.IssueAcceptance(
                    request.userEmail(), request.subjectDn(), acceptance.certificateUrl(), urlExpires))));
        }
        if (notice instanceof Notice.Acquired acquired) {
            var request = acquired.application().request();
            List<String> to = List.of(ra(acquired.application()), request.adminEmail());
            if (acquired.replaced() == null) {
                return List.of(new Composed("acquisition", templates.acquisition(
                        new Notices.Acquisition(to, request.subjectDn(), acquired.certificate().serial()))));
            }
            return List.of(new Composed("renewal", templates.renewal(new Notices.Renewal(to, request.subjectDn(),
                    acquired.certificate().serial(), acquired.replaced().serial(), request.adminEmail(), request.userEmail()))));
        }
        if (notice instanceof Notice.Revoked revoked) {
            var request = revoked.application().request();
            return List.of(new Composed("revocation", templates.revocationCompleted(new Notices.Revocation(
                    List.of(request.adminEmail(), request.userEmail()), revoked.certificate().requestedDn(),
                    revoked.certificate().serial(), revoked.certificate().revocationReason()))));
        }
        if (notice instanceof Notice.BulkReady bulk) {
            String admin = bulk.firstApplication().request().adminEmail();
            return List.of(
                    new Composed("bulk-pin", templates.bulkPinNotice(
                            new Notices.BulkPin(admin, bulk.bulkPinUrl(), bulk.certificates(), urlExpires))),
                    new Composed("bulk-p12", templates.bulkP12Notice(
                            new Notices.BulkP12(admin, bulk.bulkP12Url(), bulk.certificates(), urlExpires))));
        }
        if (notice instanceof Notice.ServerIssued server) {
            var request = server.application().request();
            var certificate = server.certificate();
            return List.of(new Composed("server-issued", templates.serverIssued(new Notices.ServerIssued(
                    request.adminEmail(), request.subjectDn(), certificate.serial(), request.server().dnsNames(),
                    certificate.notBefore().atZone(JAPAN), certificate.notAfter().atZone(JAPAN),
                    Pem.encode("CERTIFICATE", certificate.der()), server.caCertificatePem()))));
        }
        Notice.RevokeReminder reminder = (Notice.RevokeReminder) notice;
        var request = reminder.application().request();
        return List.of(new Composed("revoke-reminder", templates.renewalRevokeReminder(new Notices.Renewal(
                List.of(ra(reminder.application())), request.subjectDn(), reminder.renewed().serial(),
                reminder.replaced().serial(), request.adminEmail(), request.userEmail()))));
    }

    private String ra(Application application) {
        return institutions.apply(application.institutionId()).raContact().email();
    }
}
