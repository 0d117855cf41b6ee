package dev.upkisim.web.rp;

import dev.upkisim.core.Language;
import dev.upkisim.web.Face;
import dev.upkisim.web.Html;
import dev.upkisim.web.Languages;
import dev.upkisim.web.PageLayout;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.rp.Refusal;
import dev.upkisim.workflow.rp.RelyingPartyCheck;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The relying-party check (SPEC 1.9) at {@code /rp/check}, served only on its own HTTPS port, which demands a
 * client certificate: a page (Japanese or English) or JSON ({@code ?format=json} or {@code Accept: application/json})
 * saying whether a site would accept the certificate and, if not, why. {@code ?user=NAME} names the expected user.
 */
public final class RelyingPartyFace implements Face {
    private final RelyingPartyCheck check;
    private final IntSupplier port;

    public RelyingPartyFace(RelyingPartyCheck check, IntSupplier port) {
        this.check = check;
        this.port = port;
    }

    /** The JSON answer. */
    record VerdictView(boolean accepted, List<Map<String, String>> reasons, Map<String, String> certificate, Instant checkedAt) {
    }

    @Override
    public String prefix() {
        return "/rp";
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/rp/check", this::check);
    }

    private void check(Context ctx) {
        if (ctx.req().getLocalPort() != port.getAsInt()) {
            throw WebError.notFound("the relying-party check is served on its own port, " + port.getAsInt());
        }
        Object chain = ctx.req().getAttribute("jakarta.servlet.request.X509Certificate");
        if (!(chain instanceof X509Certificate[] certificates) || certificates.length == 0) {
            throw new WebError(400, "no-certificate", "no client certificate was presented");
        }
        var verdict = check.check(certificates[0], ctx.queryParam("user"));
        X509Certificate presented = verdict.certificate();
        if ("json".equals(ctx.queryParam("format")) || String.valueOf(ctx.header("Accept")).contains("application/json")) {
            ctx.json(new VerdictView(verdict.accepted(), verdict.refusals().stream().map(refusal -> Map.of("code", refusal.code(),
                    "ja", refusal.ja(), "en", refusal.en())).toList(), Map.of(
                    "subject", presented.getSubjectX500Principal().getName(),
                    "issuer", presented.getIssuerX500Principal().getName(),
                    "serial", presented.getSerialNumber().toString(),
                    "notBefore", presented.getNotBefore().toInstant().toString(),
                    "notAfter", presented.getNotAfter().toInstant().toString()), verdict.checkedAt()));
            return;
        }
        Language language = Languages.of(ctx);
        boolean ja = language == Language.JA;
        StringBuilder body = new StringBuilder(verdict.accepted()
                ? "<p class=\"notice\" id=\"verdict\">" + (ja ? "この証明書でログインできます。" : "This certificate would be accepted.") + "</p>"
                : "<p class=\"notice\" id=\"verdict\">" + (ja ? "この証明書は受け付けられません:" : "This certificate would be refused:") + "</p><ul id=\"reasons\">");
        for (Refusal refusal : verdict.refusals()) {
            body.append("<li data-code=\"").append(refusal.code()).append("\">").append(Html.escape(ja ? refusal.ja() : refusal.en()))
                    .append("</li>");
        }
        if (!verdict.accepted()) {
            body.append("</ul>");
        }
        body.append("<table><tr><th>").append(ja ? "主体者" : "Subject").append("</th><td><code>")
                .append(Html.escape(presented.getSubjectX500Principal().getName())).append("</code></td></tr><tr><th>")
                .append(ja ? "シリアル番号" : "Serial").append("</th><td><code>").append(presented.getSerialNumber())
                .append("</code></td></tr></table>");
        ctx.html(PageLayout.render(language, ja ? "証明書による認証の確認" : "Client certificate check", body.toString(),
                "/rp/check?lang=" + language.other().code()));
    }

    @Override
    public void renderError(Context ctx, WebError error) {
        ctx.status(error.status()).json(Map.of("status", error.status(), "error", error.kind(), "detail", error.detail()));
    }
}
