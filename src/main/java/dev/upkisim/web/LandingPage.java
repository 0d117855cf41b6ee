package dev.upkisim.web;

import dev.upkisim.core.Language;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code /}: where the ready line's URL leads — what upki-sim is and links to its faces. It also renders the
 * errors of paths no face owns, so a mistyped URL gets a page, not a bare status.
 */
public final class LandingPage implements Face {

    @Override
    public String prefix() {
        return "";
    }

    @Override
    public String name() {
        return "home";
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.html(render(Languages.of(ctx))));
    }

    private static String render(Language language) {
        boolean ja = language == Language.JA;
        String body = "<p class=\"notice\">" + (ja
                ? "upki-sim は UPKI 電子証明書発行サービスのシミュレータです。本物の認証局ではありません。"
                : "upki-sim simulates the UPKI certificate service. It is not a production CA.") + "</p><ul>"
                + item("/jupki/?lang=" + language.code(), ja ? "J-UPKI 電子証明書管理システム（利用者向け）"
                        : "J-UPKI Certificate Management System (for members)")
                + item("/repo/?lang=" + language.code(), ja ? "認証局リポジトリ（証明書と指紋）" : "CA repository (certificates and fingerprints)")
                + item("/repo/p12-doctor?lang=" + language.code(), ja ? "P12 診断（.p12 ファイルの暗号方式とインポートの見込み）"
                        : "P12 doctor (a .p12 file's encryption and where it will import)")
                + item("/sim/?lang=" + language.code(), ja ? "トレーナー用ダッシュボード（/sim/、トークンでログイン）"
                        : "Trainer dashboard (/sim/, log in with the token)")
                + item("/sim/health", ja ? "稼働状態（/sim/health）" : "Health (/sim/health)")
                + "</ul><p>" + (ja
                ? "シミュレータの操作 API（/sim/）には起動時に表示されたトークンが必要です。"
                : "The control API (/sim/) needs the token printed at start.") + "</p>";
        return PageLayout.render(language, "upki-sim", body, "/?lang=" + language.other().code());
    }

    private static String item(String href, String label) {
        return "<li><a href=\"" + Html.escape(href) + "\">" + Html.escape(label) + "</a></li>";
    }

    @Override
    public void renderError(Context ctx, WebError error) {
        Language language = Languages.of(ctx);
        boolean ja = language == Language.JA;
        String heading = error.status() == 404 ? (ja ? "見つかりません" : "Not found")
                : (ja ? "エラーが発生しました" : "Something went wrong");
        String detail = error.status() == 404 ? (ja ? "このURLには何もありません: " : "Nothing here: ") + ctx.path()
                : (ja ? "もう一度お試しください。" : "Please try again.");
        ctx.status(error.status()).html(PageLayout.render(language, heading, "<p>" + Html.escape(detail)
                + "</p><p><a href=\"/\">upki-sim</a></p>", "?lang=" + language.other().code()));
    }
}
