package dev.upkisim.web.nii;

import dev.upkisim.core.Institution;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.web.Face;
import dev.upkisim.web.Html;
import dev.upkisim.web.MaintenanceNotice;
import dev.upkisim.web.RequestIdentity;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.ApplicationOrigin;
import dev.upkisim.workflow.CertificateListing;
import dev.upkisim.workflow.CertificatePickup;
import dev.upkisim.workflow.OneTimeUrls;
import dev.upkisim.workflow.Pickup;
import dev.upkisim.workflow.PinAndBulkPickup;
import dev.upkisim.workflow.RaCredentials;
import dev.upkisim.workflow.UploadService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The NII issuance system (SPEC 1.2, 1.3) at {@code /upki-odcert/}: the RA's pages under {@code lra/}, which
 * demand the institution's RA operator certificate, and the one-time URL pages under {@code download/}.
 * Everything is EUC-JP, except the certificate list and ZIPs' TSVs, which are Shift_JIS.
 */
public final class NiiFace implements Face {
    private static final String INSTITUTION = "upki-sim.institution";
    private static final Charset SHIFT_JIS = Charset.forName("Windows-31J");
    private static final String D = OneTimeUrls.DOWNLOAD;
    private final RaCredentials raCredentials;
    private final Fixtures fixtures;
    private final UploadService uploads;
    private final PinAndBulkPickup pinAndBulk;
    private final CertificatePickup certificatePickup;
    private final CertificateListing listing;

    public NiiFace(RaCredentials raCredentials, Fixtures fixtures, UploadService uploads, PinAndBulkPickup pinAndBulk,
                   CertificatePickup certificatePickup, CertificateListing listing) {
        this.raCredentials = raCredentials;
        this.fixtures = fixtures;
        this.uploads = uploads;
        this.pinAndBulk = pinAndBulk;
        this.certificatePickup = certificatePickup;
        this.listing = listing;
    }

    @Override
    public String prefix() {
        return "/upki-odcert";
    }

    @Override
    public String name() {
        return "upki";
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.before(UploadPages.LRA + "/*", this::requireRaCertificate);
        routes.get(UploadPages.LRA + "/SSLLogin.do", ctx -> page(ctx, UploadPages.frameset()));
        routes.get(UploadPages.LRA + "/Welcome.do", ctx -> page(ctx, UploadPages.welcome(institution(ctx).name().ja())));
        routes.get(UploadPages.LRA + "/MainMenu.do", ctx -> page(ctx, UploadPages.menu()));
        routes.post(UploadPages.LRA + "/MainMenu.do", this::forward);
        routes.post(UploadPages.LRA + "/SP1011.do", this::upload);
        routes.get(UploadPages.LRA + "/syomeiDL_S_Cli.do", this::certificateList);

        routes.get(OneTimeUrls.PIN_ENTRANCE, ctx -> show(ctx, pinAndBulk.pinEntrance(ctx.queryParam("p1")),
                "アクセスPIN取得", "SPEntranceCliPinForm", D + "/spEntranceCliPin.do", "次へ"));
        routes.post(D + "/spEntranceCliPin.do", ctx -> show(ctx, pinAndBulk.pinEntrance(ctx.formParam("p1")),
                "アクセスPINダウンロード", "SPDLCliPinForm", D + "/spDLCliPin.do", "ダウンロード"));
        routes.post(D + "/spDLCliPin.do", ctx -> show(ctx, pinAndBulk.pinDownload(ctx.formParam("p1")), null, null, null, null));
        routes.get(OneTimeUrls.BULK_PIN_ENTRANCE, ctx -> show(ctx, pinAndBulk.bulkPinEntrance(ctx.queryParam("p1")),
                "アクセスPIN一括取得", "SPEntranceCliAllPinForm", D + "/spEntranceCliAllPin.do", "次へ"));
        routes.post(D + "/spEntranceCliAllPin.do", ctx -> show(ctx, pinAndBulk.bulkPinEntrance(ctx.formParam("p1")),
                "アクセスPIN一括ダウンロード", "SPDLCliAllPinForm", D + "/spDLCliAllPin.do", "ダウンロード"));
        routes.post(D + "/spDLCliAllPin.do", ctx -> show(ctx, pinAndBulk.bulkPinDownload(ctx.formParam("p1")), null, null, null, null));
        routes.get(OneTimeUrls.BULK_P12_ENTRANCE, ctx -> show(ctx, pinAndBulk.bulkP12Entrance(ctx.queryParam("p1")),
                "証明書一括取得", "SPEntranceCliAllForm", D + "/spEntranceCliAll.do", "次へ"));
        routes.post(D + "/spEntranceCliAll.do", ctx -> show(ctx, pinAndBulk.bulkP12Entrance(ctx.formParam("p1")),
                "証明書一括ダウンロード", "SPDLCliAllForm", D + "/spDLCliAll.do", "ダウンロード"));
        routes.post(D + "/spDLCliAll.do", ctx -> show(ctx, pinAndBulk.bulkP12Download(ctx.formParam("p1")), null, null, null, null));

        routes.get(OneTimeUrls.CERTIFICATE_ENTRANCE, ctx -> show(ctx, certificatePickup.step1(ctx.queryParam("p1")), null, null, null, null));
        routes.post(D + "/spEntranceCli.do", ctx -> show(ctx,
                certificatePickup.enterPassword(ctx.formParam("p1"), ctx.formParam("passwd")), null, null, null, null));
        routes.post(D + "/spIssueCli.do", ctx -> show(ctx, certificatePickup.pressIssue(ctx.formParam("sessionId")), null, null, null, null));
        routes.get(D + "/spDLCli.do", ctx -> show(ctx, certificatePickup.downloadP12(ctx.queryParam("p1")), null, null, null, null));
    }

    private void requireRaCertificate(Context ctx) {
        Object chain = ctx.req().getAttribute("jakarta.servlet.request.X509Certificate");
        String institutionId = raCredentials.institutionOf(chain instanceof X509Certificate[] certificates ? certificates : null)
                .orElse(null);
        Institution institution = institutionId == null ? null : fixtures.institution(institutionId).orElse(null);
        if (institution == null) {
            throw new WebError(403, "ra-certificate-required", ctx.req().isSecure()
                    ? "登録担当者用証明書による認証に失敗しました。有効な登録担当者用証明書を選択してください。"
                    : "このページはSSLクライアント認証（https）でのみ利用できます。");
        }
        ctx.attribute(INSTITUTION, institution);
        RequestIdentity.set(ctx, new RequestIdentity(null, institution.id()));
    }

    private static Institution institution(Context ctx) {
        return ctx.attribute(INSTITUTION);
    }

    private void forward(Context ctx) {
        String target = ctx.formParam("forwardName");
        if (!"SP1011".equals(target)) {
            throw WebError.badRequest("指定された画面はありません: " + target);
        }
        page(ctx, UploadPages.uploadForm());
    }

    private void upload(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile("file");
        byte[] content;
        String name;
        if (file == null) {
            content = null;
            name = "";
        } else {
            try (InputStream in = file.content()) {
                content = in.readAllBytes();
            }
            name = file.filename();
        }
        page(ctx, UploadPages.result(uploads.upload(institution(ctx), ApplicationOrigin.RA_UPLOAD,
                ctx.formParam("applyType"), ctx.formParam("errorFlg"), name, content)));
    }

    private void certificateList(Context ctx) {
        List<List<String>> rows = listing.rows(institution(ctx));
        String tsv = String.join("\t", CertificateListing.HEADER) + "\r\n" + rows.stream()
                .map(row -> String.join("\t", row) + "\r\n").collect(Collectors.joining());
        ctx.contentType("text/tab-separated-values; charset=Shift_JIS")
                .header("Content-Disposition", "attachment; filename=\"client_cert_list.tsv\"")
                .result(tsv.getBytes(SHIFT_JIS));
    }

    private static void show(Context ctx, Pickup result, String heading, String formName, String action, String button) {
        if (result instanceof Pickup.Refused refused) {
            page(ctx.status(refused.reason() == Pickup.Reason.UNKNOWN ? 404 : 410), PickupPages.refused(refused));
        } else if (result instanceof Pickup.Entrance entrance) {
            page(ctx, PickupPages.entrance(heading, formName, action, button, entrance));
        } else if (result instanceof Pickup.Step1 step1) {
            page(ctx, PickupPages.step1(step1));
        } else if (result instanceof Pickup.Step2 step2) {
            page(ctx, PickupPages.step2(step2));
        } else if (result instanceof Pickup.Step3 step3) {
            page(ctx, PickupPages.step3(step3));
        } else if (result instanceof Pickup.File file) {
            ctx.contentType(file.contentType())
                    .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"").result(file.content());
        }
    }

    private static void page(Context ctx, byte[] html) {
        ctx.contentType(EucJp.CONTENT_TYPE).result(html);
    }

    @Override
    public void renderMaintenance(Context ctx, MaintenanceNotice notice) {
        page(ctx, NiiMaintenancePage.render(notice));
    }

    @Override
    public void renderError(Context ctx, WebError error) {
        String heading = switch (error.status()) {
            case 403 -> "認証エラー";
            case 404 -> "ページが見つかりません";
            case 400 -> "入力エラー";
            default -> "システムエラー";
        };
        String detail = error.status() >= 500 ? "システムエラーが発生しました。しばらくしてから再度お試しください。"
                : error.status() == 404 ? "指定されたページは存在しません。" : error.detail();
        ctx.status(error.status());
        page(ctx, NiiPage.render(heading, "<p class=\"error\">" + Html.escape(detail) + "</p>"));
    }
}
