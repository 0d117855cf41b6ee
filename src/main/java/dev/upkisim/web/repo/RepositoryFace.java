package dev.upkisim.web.repo;

import dev.upkisim.ca.Authority;
import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.Der;
import dev.upkisim.ca.Pem;
import dev.upkisim.core.Language;
import dev.upkisim.web.Face;
import dev.upkisim.web.FastLane;
import dev.upkisim.web.Html;
import dev.upkisim.web.Languages;
import dev.upkisim.web.MaintenanceNotice;
import dev.upkisim.web.PageLayout;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.CrlPublishing;
import dev.upkisim.workflow.OcspService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * The CA repository (SPEC 1.1) at {@code /repo/}: the CA certificates as PEM and DER, {@code ca.json} with
 * their fingerprints, a page for people, and each issuing CA's CRL ({@link CrlRoutes})
 * and the OCSP responder ({@link OcspRoutes}). No token: validators and browsers fetch it freely.
 */
public final class RepositoryFace implements Face {
    static final String CERTIFICATE_PATH = "/repo/ca/";
    private final CaHierarchy hierarchy;
    private final Supplier<URI> publicUrl;
    private final CrlRoutes crlRoutes;
    private final OcspRoutes ocspRoutes;

    public RepositoryFace(CaHierarchy hierarchy, Supplier<URI> publicUrl, CrlPublishing crls, OcspService ocsp) {
        this.hierarchy = hierarchy;
        this.publicUrl = publicUrl;
        this.crlRoutes = new CrlRoutes(crls);
        this.ocspRoutes = new OcspRoutes(ocsp);
    }

    @Override
    public String prefix() {
        return "/repo";
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/repo/", ctx -> ctx.html(RepositoryPage.render(Languages.of(ctx), hierarchy.all())));
        routes.get("/repo/ca.json", ctx -> ctx.json(hierarchy.all().stream()
                .map(authority -> CaCertificateView.of(authority, publicUrl.get())).toList()));
        routes.get(CERTIFICATE_PATH + "{file}", this::certificate);
        crlRoutes.addRoutes(routes);
        ocspRoutes.addRoutes(routes);
    }

    /** {@code /repo/ca/<id>.pem}, {@code .der} or {@code .crt} (DER, as Windows expects). */
    private void certificate(Context ctx) {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        String id = dot < 0 ? file : file.substring(0, dot);
        String extension = dot < 0 ? "" : file.substring(dot + 1);
        Authority authority;
        try {
            authority = hierarchy.get(CaRole.fromId(id));
        } catch (IllegalArgumentException e) {
            throw WebError.notFound("there is no CA '" + id + "'; the CAs are root, client, smime and server");
        }
        switch (extension) {
            case "pem" -> ctx.contentType("application/x-pem-file").result(Pem.certificate(authority.certificate()));
            case "der", "crt", "cer" -> ctx.contentType("application/pkix-cert").result(Der.encoded(authority.certificate()));
            default -> throw WebError.notFound("ask for " + id + ".pem or " + id + ".der");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"upki-sim-" + file + "\"");
    }

    /** The OCSP responder, also served ahead of Javalin (see {@link OcspRoutes}). */
    @Override
    public List<FastLane> fastLanes() {
        return List.of(ocspRoutes);
    }

    @Override
    public void renderMaintenance(Context ctx, MaintenanceNotice notice) {
        RepositoryMaintenance.render(ctx, notice);
    }

    @Override
    public void renderError(Context ctx, WebError error) {
        Language language = Languages.of(ctx);
        String heading = switch (error.status()) {
            case 404 -> language == Language.JA ? "見つかりません" : "Not found";
            case 400 -> language == Language.JA ? "リクエストが正しくありません" : "Bad request";
            default -> language == Language.JA ? "エラーが発生しました" : "Something went wrong";
        };
        String detail = language == Language.EN ? error.detail() : switch (error.status()) {
            case 404 -> "このURLには何もありません: " + ctx.path();
            case 400 -> "リクエストの内容を確認してください。";
            default -> "もう一度お試しください。解決しない場合は upki-sim のログを確認してください。";
        };
        ctx.status(error.status()).html(PageLayout.render(language, heading,
                "<p>" + Html.escape(detail) + "</p><p><a href=\"/repo/\">"
                        + (language == Language.JA ? "認証局リポジトリへ" : "To the CA repository") + "</a></p>",
                "?lang=" + language.other().code()));
    }
}
