package dev.upkisim.web.sim;

import dev.upkisim.core.Language;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.web.Languages;
import dev.upkisim.web.WebError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * The trainer dashboard (issue 5 item 7) at {@code /sim/}: without the login cookie the page is a login form;
 * {@code POST /sim/login} with the right {@code token} sets the cookie ({@link BearerToken}) and goes back to
 * {@code /sim/}, a wrong one answers 401 with the form again; {@code POST /sim/logout} clears it. The dashboard
 * itself is static HTML, CSS and JavaScript ({@link DashboardAssets}) that call the /sim/ JSON API like any client.
 * {@code GET /sim/links} tells it where the faces are.
 */
public final class DashboardRoutes implements SimRoutes {
    /** No inline script or style, nothing from elsewhere: what the page shows is data, never code. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private final BearerToken token;
    private final Fixtures fixtures;
    private final IntSupplier httpsPort;
    private final IntSupplier relyingPartyPort;
    private final DashboardAssets assets = new DashboardAssets();

    /** The ports are read when asked for: they are known once the listeners have started. */
    public DashboardRoutes(BearerToken token, Fixtures fixtures, IntSupplier httpsPort, IntSupplier relyingPartyPort) {
        this.token = token;
        this.fixtures = fixtures;
        this.httpsPort = httpsPort;
        this.relyingPartyPort = relyingPartyPort;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/sim/", this::page);
        routes.post("/sim/login", this::login);
        routes.post("/sim/logout", this::logout);
        routes.get("/sim/assets/{file}", this::asset);
        routes.get("/sim/links", ctx -> ctx.json(FaceLinks.of(fixtures.institutions(), httpsPort.getAsInt(),
                relyingPartyPort.getAsInt())));
    }

    @Override
    public boolean isOpen(String path) {
        return path.equals("/sim") || path.equals("/sim/") || path.equals("/sim/login") || path.equals("/sim/logout")
                || path.startsWith("/sim/assets/");
    }

    private void page(Context ctx) {
        Language language = Languages.of(ctx);
        html(ctx, token.accepts(ctx) ? assets.shell(language) : DashboardLoginPage.render(language, false));
    }

    private void login(Context ctx) {
        Language language = language(ctx.formParam("lang"), ctx);
        if (!token.matches(ctx.formParam("token"))) {
            html(ctx.status(401), DashboardLoginPage.render(language, true));
            return;
        }
        ctx.header("Set-Cookie", token.loginCookie("https".equals(ctx.scheme())));
        ctx.redirect("/sim/?lang=" + language.code(), HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        ctx.header("Set-Cookie", BearerToken.logoutCookie());
        ctx.redirect("/sim/?lang=" + language(ctx.formParam("lang"), ctx).code(), HttpStatus.SEE_OTHER);
    }

    private void asset(Context ctx) {
        DashboardAssets.Asset asset = assets.find(ctx.pathParam("file"))
                .orElseThrow(() -> WebError.notFound("the dashboard has no file " + ctx.pathParam("file")));
        ctx.header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff")
                .contentType(asset.contentType()).result(asset.content());
    }

    private static Language language(String asked, Context ctx) {
        if ("en".equals(asked)) {
            return Language.EN;
        }
        return "ja".equals(asked) ? Language.JA : Languages.of(ctx);
    }

    private static void html(Context ctx, String page) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY).header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .contentType("text/html; charset=utf-8").result(page.getBytes(StandardCharsets.UTF_8));
    }
}
