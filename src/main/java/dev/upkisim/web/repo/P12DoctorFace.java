package dev.upkisim.web.repo;

import dev.upkisim.core.Language;
import dev.upkisim.doctor.P12Inspector;
import dev.upkisim.doctor.P12Report;
import dev.upkisim.web.Face;
import dev.upkisim.web.Languages;
import dev.upkisim.web.MaintenanceNotice;
import dev.upkisim.web.MultipartForm;
import dev.upkisim.web.WebError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The P12 doctor's upload page (SPEC 1.9) at {@code /repo/p12-doctor}: a form for a {@code .p12} file and its
 * password, answered with {@link P12Inspector}'s report on the same page, in Japanese or English.
 *
 * <p>It lives under the CA repository's path because that is the simulator's public face for "everything that
 * validates certificates" (SPEC 1.1): no login, no token, and the page that lists the CA fingerprints the
 * report's can be compared with. It is a face of its own (listed before the repository) so that its errors
 * come back as the form with a message. The upload is read in memory, at most {@value #MAX_UPLOAD_BYTES} bytes
 * (a P12 with a three-certificate chain is 4–10 KB), inspected and dropped: nothing is stored or logged.
 */
public final class P12DoctorFace implements Face {
    static final String PATH = "/repo/p12-doctor";
    /** Largest request body accepted, form fields included. */
    public static final int MAX_UPLOAD_BYTES = 64 * 1024;

    @Override
    public String prefix() {
        return PATH;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(PATH, ctx -> page(ctx, P12DoctorPage.render(Languages.of(ctx), null, null)));
        routes.post(PATH, this::inspect);
    }

    private void inspect(Context ctx) {
        Language language = Languages.of(ctx);
        MultipartForm form = MultipartForm.read(ctx, MAX_UPLOAD_BYTES, language == Language.JA
                ? "ファイルが大きすぎます（上限 " + MAX_UPLOAD_BYTES / 1024 + " KB）。.p12 ファイルを選んでください。"
                : "The upload is too large (limit " + MAX_UPLOAD_BYTES / 1024 + " KB); choose a .p12 file.");
        byte[] file = form.bytes("file");
        if (file == null || file.length == 0) {
            throw WebError.badRequest(language == Language.JA ? ".p12 ファイルを選んでください。" : "Choose a .p12 file.");
        }
        String password = form.text("password");
        P12Report report = P12Inspector.inspect(file, password == null || password.isEmpty() ? null : password.toCharArray());
        page(ctx.status(report.readable() ? 200 : 422), P12DoctorPage.render(language, report, null));
    }

    private static void page(Context ctx, String html) {
        ctx.header("Cache-Control", "no-store").html(html);
    }

    @Override
    public void renderMaintenance(Context ctx, MaintenanceNotice notice) {
        RepositoryMaintenance.render(ctx, notice);
    }

    @Override
    public void renderError(Context ctx, WebError error) {
        Language language = Languages.of(ctx);
        String message = error.status() == 404 ? (language == Language.JA ? "このURLには何もありません: " : "Nothing here: ") + ctx.path()
                : error.status() >= 500 ? (language == Language.JA ? "もう一度お試しください。" : "Please try again.")
                : error.detail();
        page(ctx.status(error.status()), P12DoctorPage.render(language, null, message));
    }
}
