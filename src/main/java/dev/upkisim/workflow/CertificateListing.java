package dev.upkisim.workflow;

import dev.upkisim.core.Application;
import dev.upkisim.core.ApplicationState;
import dev.upkisim.core.ApplyType;
import dev.upkisim.core.Institution;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.OneTimeUrlStore;
import dev.upkisim.store.OneTimeUrlStore.Purpose;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The RA's certificate list ({@code syomeiDL_S_Cli.do}, SPEC 1.2): one line per issue or renewal application of
 * the institution, with a header row. RA clients read columns by header name (主体者DN, 状態, 発行・更新申請-申請ID,
 * 発行・更新申請-日時, 発行・更新申請-シリアル番号) and by position (4 DN, 12 status, 15 user e-mail, 24 serial,
 * 27 expiry, 28 URL expiry), so both are fixed here. Status: 4 awaiting download, 5 issued, 6 renewed (replaced
 * by a downloaded renewal), 7 revoked. Times are JST, {@code yyyy/MM/dd HH:mm:ss}; serials decimal. Server
 * certificates are not in this list (the real service lists them in a server certificate list of their own).
 */
public final class CertificateListing {
    public static final List<String> HEADER = List.of(
            "機関ID", "機関名", "証明書プロファイルID", "主体者DN", "利用管理者氏名", "利用管理者所属", "利用管理者メールアドレス",
            "利用者氏名", "利用者所属", "P12ファイル名", "ダウンロード方法", "状態", "失効理由", "失効日時", "利用者メールアドレス",
            "発行・更新申請-申請ID", "発行・更新申請-日時", "発行・更新申請-申請種別", "失効申請-申請ID", "失効申請-日時",
            "失効申請-シリアル番号", "証明書発行日時", "有効期間開始日", "発行・更新申請-シリアル番号", "旧証明書シリアル番号",
            "発行者", "有効期限", "URL有効期限", "証明書取得日時");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").withZone(ZoneId.of("Asia/Tokyo"));

    private final Database database;
    private final ApplicationStore applications;
    private final CertificateStore certificates;
    private final OneTimeUrlStore urls;

    public CertificateListing(Database database, ApplicationStore applications, CertificateStore certificates,
                              OneTimeUrlStore urls) {
        this.database = database;
        this.applications = applications;
        this.certificates = certificates;
        this.urls = urls;
    }

    public List<List<String>> rows(Institution institution) {
        return database.read(c -> {
            List<Application> all = applications.byInstitution(c, institution.id());
            Map<BigInteger, Application> revocations = new HashMap<>();
            Set<BigInteger> renewed = new HashSet<>();
            for (Application application : all) {
                if (application.type() == ApplyType.REVOKE && application.state() == ApplicationState.COMPLETED) {
                    revocations.put(application.request().targetSerial(), application);
                }
                if (application.type() == ApplyType.RENEW && application.state() == ApplicationState.DOWNLOADED) {
                    renewed.add(application.request().targetSerial());
                }
            }
            List<List<String>> rows = new ArrayList<>();
            for (Application application : all) {
                if (application.type() == ApplyType.REVOKE || application.state() == ApplicationState.RECEIVED
                        || application.request().isServer()) {
                    continue;
                }
                IssuedCertificate certificate = certificates.byApplication(c, application.id()).orElse(null);
                Instant urlExpiry = urls.latest(c, application.id(), Purpose.CERTIFICATE)
                        .map(OneTimeUrlStore.OneTimeUrl::expiresAt).orElse(null);
                Application revocation = certificate == null ? null : revocations.get(certificate.serial());
                rows.add(row(institution, application, certificate, revocation,
                        certificate != null && renewed.contains(certificate.serial()), urlExpiry));
            }
            return rows;
        });
    }

    private static List<String> row(Institution institution, Application application, IssuedCertificate certificate,
                                    Application revocation, boolean renewed, Instant urlExpiry) {
        var request = application.request();
        String status = certificate != null && certificate.revoked() ? "7"
                : renewed ? "6"
                : certificate != null && certificate.downloadedAt() != null ? "5" : "4";
        return Arrays.asList(institution.id(), institution.name().ja(), String.valueOf(request.profile().id()),
                request.subjectDn(), text(request.adminName()), text(request.adminAffiliation()), text(request.adminEmail()),
                text(request.userName()), text(request.userAffiliation()), text(request.p12FileName()),
                request.downloadMethod() == null ? "" : request.downloadMethod().toString(), status,
                certificate == null || certificate.revocationReason() == null ? "" : certificate.revocationReason().toString(),
                time(certificate == null ? null : certificate.revokedAt()), text(request.userEmail()),
                String.valueOf(application.id()), time(application.createdAt()), String.valueOf(application.type().code()),
                revocation == null ? "" : String.valueOf(revocation.id()), revocation == null ? "" : time(revocation.createdAt()),
                revocation == null ? "" : revocation.request().targetSerial().toString(),
                time(certificate == null ? null : certificate.issuedAt()),
                time(certificate == null ? null : certificate.notBefore()),
                certificate == null ? "" : certificate.serial().toString(),
                request.targetSerial() == null ? "" : request.targetSerial().toString(),
                certificate == null ? "" : certificate.issuerId(),
                time(certificate == null ? null : certificate.notAfter()), time(urlExpiry),
                time(certificate == null ? null : certificate.downloadedAt()));
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static String text(String value) {
        return value == null ? "" : value.replace('\t', ' ');
    }
}
