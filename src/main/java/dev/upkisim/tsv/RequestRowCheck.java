package dev.upkisim.tsv;

import dev.upkisim.core.CertificateProfile;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Checks one row of an issue or renew file on its own (SPEC 1.2; NII client_tsv issue format), without stored
 * data: column count, each column's rules (see {@link RowReader}, {@link FieldRules}, {@link SubjectDn}), and the
 * rules that join columns:
 * <ul>
 *   <li>the DN's O, L, ST and C are the uploading institution's (206, ours: a careful system would not let one
 *       institution apply for another's names);</li>
 *   <li>the profile is a client (5, 13, 14) or S/MIME (7, 15, 16) profile; 1, the RA operator's own, is not
 *       applied for by TSV, and 3, the server profile, only in the 13-column server format (203);</li>
 *   <li>S/MIME profiles: the DN's CN is the user's e-mail address, column 14 (210; NII news 2023-07-28 and the
 *       FAQ on S/MIME DNs from 2023-08-28: 「CNは利用者メールアドレス…と一致するメールアドレスを入力してください」);</li>
 *   <li>an access PIN only with download method 2, P12 bulk (210; NII: 「P12一括時にPIN指定が可能」);</li>
 *   <li>issue: columns 4–7 empty (NII: 「No4~No7まで空白」); renew: column 4 the replaced certificate's serial,
 *       5–7 empty (203 when not).</li>
 * </ul>
 */
final class RequestRowCheck {
    private final String dnBase;
    private final boolean renew;

    RequestRowCheck(String dnBase, boolean renew) {
        this.dnBase = dnBase;
        this.renew = renew;
    }

    RowResult check(TsvLine line) {
        RowReader reader = new RowReader(line);
        if (line.fields().size() < Column.MIN_COLUMNS || line.fields().size() > Column.MAX_COLUMNS) {
            reader.report(TsvErrors.columnCount(line.row()));
            return new RejectedRow(line.row(), reader.errors());
        }
        Optional<SubjectDn> dn = reader.subjectDn();
        if (dn.isPresent() && !dn.get().belongsTo(dnBase)) {
            reader.report(TsvErrors.badDn(line.row()));
            dn = Optional.empty();
        }
        Optional<CertificateProfile> profile = reader.code(Column.PROFILE_ID, id -> CertificateProfile.byId(id)
                .filter(p -> p.kind() == CertificateProfile.Kind.CLIENT || p.kind() == CertificateProfile.Kind.SMIME));
        Optional<DownloadMethod> method = reader.code(Column.DOWNLOAD_METHOD,
                code -> DownloadMethod.byCode(code).filter(DownloadMethod::accepted));
        Optional<BigInteger> serial = Optional.empty();
        if (renew) {
            serial = reader.number(Column.SERIAL);
        } else {
            reader.mustBeEmpty(Column.SERIAL);
        }
        reader.mustBeEmpty(Column.REVOCATION_REASON);
        reader.mustBeEmpty(Column.REVOCATION_COMMENT);
        reader.mustBeEmpty(Column.RESERVED_7);
        Optional<String> adminName = reader.text(Column.ADMIN_NAME, true);
        Optional<String> adminAffiliation = reader.text(Column.ADMIN_AFFILIATION, true);
        Optional<String> adminEmail = reader.email(Column.ADMIN_EMAIL);
        Optional<String> userName = reader.text(Column.USER_NAME, true);
        Optional<String> p12FileName = reader.fileName(Column.P12_FILE_NAME);
        Optional<String> userAffiliation = reader.text(Column.USER_AFFILIATION, true);
        Optional<String> userEmail = reader.email(Column.USER_EMAIL);
        Optional<String> pin = reader.pin(Column.ACCESS_PIN);

        if (pin.isPresent() && method.isPresent() && method.get() != DownloadMethod.P12_BULK) {
            reader.report(TsvErrors.pinWithoutBulk(line.row()));
        }
        if (dn.isPresent() && profile.isPresent() && userEmail.isPresent()
                && profile.get().kind() == CertificateProfile.Kind.SMIME
                && !dn.get().commonName().equalsIgnoreCase(userEmail.get())) {
            reader.report(TsvErrors.smimeCommonName(line.row()));
        }
        if (reader.hasErrors()) {
            return new RejectedRow(line.row(), reader.errors());
        }
        CertificateRequest request = new CertificateRequest(dn.orElseThrow().text(), profile.orElseThrow(),
                method.orElseThrow(), new Person(adminName.orElseThrow(), adminAffiliation.orElseThrow(),
                adminEmail.orElseThrow()), new Person(userName.orElseThrow(), userAffiliation.orElseThrow(),
                userEmail.orElseThrow()), p12FileName.orElseThrow(), pin);
        return renew ? new RenewRow(line.row(), serial.orElseThrow(), request) : new IssueRow(line.row(), request);
    }
}
