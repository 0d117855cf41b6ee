package dev.upkisim.web.jupki;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Application;
import dev.upkisim.core.CertificateProfile;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.Database;
import dev.upkisim.web.Face;
import dev.upkisim.web.Html;
import dev.upkisim.web.Languages;
import dev.upkisim.web.MaintenanceNotice;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.ApplicationReset;
import dev.upkisim.workflow.ServerCertificates;
import dev.upkisim.workflow.UploadService;
import dev.upkisim.workflow.maintenance.MaintenanceAnnouncements;
import dev.upkisim.workflow.portal.MemberCertificate;
import dev.upkisim.workflow.portal.PortalDownload;
import dev.upkisim.workflow.portal.PortalMembers;
import dev.upkisim.workflow.portal.PortalPasswords;
import dev.upkisim.workflow.portal.PortalRequests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The institution's J-UPKI portal (SPEC 1.5) at {@code /jupki/}: login, the member's certificates, applications,
 * the hand-over to the NII 【STEP2】 page, revocation, centre staff's view, help. Everything a member asks for goes
 * to the NII side as an RA upload would, so its delays, quirks and failures reach the member as in reality.
 */
public final class PortalFace implements Face {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final PortalSessions sessions = new PortalSessions();
    private final PortalGuard guard;
    private final PortalPasswords passwords;
    private final PortalMembers members;
    private final PortalRequests requests;
    private final PortalDownload download;
    private final ApplicationReset reset;
    private final Database database;
    private final ApplicationStore applications;
    private final Fixtures fixtures;
    private final SimClock clock;
    private final CaHierarchy hierarchy;
    private final ServerApplications serverApplications;
    private final MaintenanceAnnouncements maintenance;

    public PortalFace(Fixtures fixtures, boolean campusOnly, PortalPasswords passwords, PortalMembers members,
                      PortalRequests requests, PortalDownload download, ApplicationReset reset, Database database,
                      ApplicationStore applications, SimClock clock, CaHierarchy hierarchy, UploadService uploads,
                      ServerCertificates servers, MaintenanceAnnouncements maintenance) {
        this.maintenance = maintenance;
        this.serverApplications = new ServerApplications(uploads, servers, clock);
        this.guard = new PortalGuard(sessions, fixtures, campusOnly);
        this.passwords = passwords;
        this.members = members;
        this.requests = requests;
        this.download = download;
        this.reset = reset;
        this.database = database;
        this.applications = applications;
        this.fixtures = fixtures;
        this.clock = clock;
        this.hierarchy = hierarchy;
    }

    @Override
    public String prefix() {
        return "/jupki";
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.before("/jupki", guard::before);
        routes.before("/jupki/*", guard::before);
        routes.get("/jupki/", this::home);
        routes.get("/jupki/login", this::loginForm);
        routes.post("/jupki/login", this::login);
        routes.post("/jupki/logout", this::logout);
        routes.get("/jupki/apply", this::applyForm);
        routes.post("/jupki/apply/confirm", this::applyConfirm);
        routes.post("/jupki/apply", this::apply);
        routes.get("/jupki/certificates/{id}/download", this::download);
        routes.get("/jupki/certificates/{id}/revoke", this::revokeForm);
        routes.post("/jupki/certificates/{id}/revoke", this::revoke);
        routes.get("/jupki/staff", ctx -> staff(ctx, null));
        routes.post("/jupki/staff/applications/{id}/reset", this::staffReset);
        routes.get("/jupki/staff/members/{email}", this::staffMember);
        serverApplications.addRoutes(routes);
        routes.get("/jupki/help", ctx -> ctx.html(HelpPages.render(PortalRequest.of(ctx), hierarchy)));
    }

    private void home(Context ctx) {
        PortalRequest request = PortalRequest.of(ctx);
        List<MemberCertificate> certificates = request.loggedIn() ? members.certificatesOf(request.user()) : List.of();
        String flash = ctx.queryParam("done") == null ? null : switch (ctx.queryParam("done")) {
            case "applied" -> request.text("applied") + " " + request.text("processing.notice");
            case "revoked" -> request.text("revoke.done");
            default -> null;
        };
        Instant now = clock.now();
        ctx.html(HomePage.render(request, certificates, MaintenanceBox.render(request, maintenance.at(now), now), flash));
    }

    private void loginForm(Context ctx) {
        ctx.html(LoginPage.render(PortalRequest.of(ctx), prelogin(ctx), false));
    }

    private void login(Context ctx) {
        PortalRequest request = PortalRequest.of(ctx);
        var user = passwords.check(ctx.formParam("username"), ctx.formParam("password"));
        if (user.isEmpty()) {
            ctx.status(401).html(LoginPage.render(request, prelogin(ctx), true));
            return;
        }
        sessions.end(ctx.cookie(PortalSessions.COOKIE));
        var session = sessions.start(user.get().username());
        ctx.cookie(cookie(ctx, PortalSessions.COOKIE, session.id(), -1));
        ctx.removeCookie(PortalGuard.PRELOGIN_COOKIE, "/jupki");
        ctx.redirect(request.link("/jupki/"));
    }

    private void logout(Context ctx) {
        sessions.end(ctx.cookie(PortalSessions.COOKIE));
        ctx.removeCookie(PortalSessions.COOKIE, "/jupki");
        ctx.redirect(PortalRequest.of(ctx).link("/jupki/"));
    }

    private void applyForm(Context ctx) {
        PortalRequest request = PortalRequest.of(ctx);
        MemberCertificate renewing = ctx.queryParam("renew") == null ? null : own(request, ctx.queryParam("renew"));
        ctx.html(ApplyPages.form(request, renewing));
    }

    private void applyConfirm(Context ctx) {
        PortalRequest request = PortalRequest.of(ctx);
        String renew = ctx.formParam("renew");
        String type = "smime".equals(ctx.formParam("type")) ? "smime" : "client";
        String dn = renew != null ? own(request, renew).application().request().subjectDn()
                : dev.upkisim.workflow.portal.PortalRequests.subjectDn(request.user(), request.institution(), type.equals("smime"));
        ctx.html(ApplyPages.confirm(request, type, renew, dn));
    }

    private void apply(Context ctx) {
        PortalRequest request = PortalRequest.of(ctx);
        String renew = ctx.formParam("renew");
        PortalRequests.Outcome outcome;
        if (renew != null) {
            outcome = requests.renew(request.user(), request.institution(), own(request, renew).application().id()).orElseThrow();
        } else {
            CertificateProfile profile = "smime".equals(ctx.formParam("type")) ? PortalRequests.SMIME : PortalRequests.CLIENT;
            outcome = requests.applyNew(request.user(), request.institution(), profile);
        }
        if (outcome.accepted()) {
            ctx.redirect(request.link("/jupki/?done=applied"));
        } else {
            ctx.status(422).html(ApplyPages.refused(request, outcome.errors()));
        }
    }

    private void download(Context ctx) {
        PortalRequest request = PortalRequest.of(ctx);
        PortalDownload.Ticket ticket = download.prepare(request.user(), id(ctx))
                .orElseThrow(() -> new WebError(404, "not-found", "error.notfound"));
        ctx.html(ticket.certificateToken() == null ? CertificatePages.stuck(request) : CertificatePages.handOver(request, ticket));
    }

    private void revokeForm(Context ctx) {
        PortalRequest request = PortalRequest.of(ctx);
        MemberCertificate line = own(request, ctx.pathParam("id"));
        if (!line.revocable()) {
            throw new WebError(404, "not-found", "error.notfound");
        }
        ctx.html(CertificatePages.revokeForm(request, line));
    }

    private void revoke(Context ctx) {
        PortalRequest request = PortalRequest.of(ctx);
        int reason;
        try {
            reason = Integer.parseInt(ctx.formParam("reason"));
        } catch (NumberFormatException | NullPointerException e) {
            throw new WebError(400, "bad-request", "error.general");
        }
        var outcome = requests.revoke(request.user(), request.institution(), id(ctx), reason, ctx.formParam("comment"))
                .orElseThrow(() -> new WebError(404, "not-found", "error.notfound"));
        if (outcome.accepted()) {
            ctx.redirect(request.link("/jupki/?done=revoked"));
        } else {
            ctx.status(422).html(ApplyPages.refused(request, outcome.errors()));
        }
    }

    private void staff(Context ctx, String flash) {
        PortalRequest request = PortalRequest.of(ctx);
        List<Application> all = database.read(c -> applications.byInstitution(c, request.institution().id()));
        ctx.html(StaffPage.render(request, all, flash));
    }

    private void staffReset(Context ctx) {
        PortalRequest request = PortalRequest.of(ctx);
        var result = reset.reset(id(ctx), request.institution().id())
                .orElseThrow(() -> new WebError(404, "not-found", "error.notfound"));
        if (result.refusal() != null) {
            throw new WebError(409, "not-resettable", "error.general");
        }
        staff(ctx, request.text("staff.reset.done"));
    }

    private void staffMember(Context ctx) {
        PortalRequest request = PortalRequest.of(ctx);
        var member = fixtures.users().stream().filter(user -> user.email().equalsIgnoreCase(ctx.pathParam("email"))
                && user.institutionId().equals(request.institution().id())).findFirst()
                .orElseThrow(() -> new WebError(404, "not-found", "error.notfound"));
        ctx.html(PortalLayout.page(request, request.text("staff.member") + ": " + member.name().in(request.language()),
                HomePage.table(request, members.certificatesOf(member))));
    }

    /** One of the member's own applications by the id in the URL; anything else is "not found" (no guessing). */
    private MemberCertificate own(PortalRequest request, String id) {
        try {
            return members.find(request.user(), Long.parseLong(id))
                    .orElseThrow(() -> new WebError(404, "not-found", "error.notfound"));
        } catch (NumberFormatException e) {
            throw new WebError(404, "not-found", "error.notfound");
        }
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new WebError(404, "not-found", "error.notfound");
        }
    }

    private String prelogin(Context ctx) {
        String token = ctx.cookie(PortalGuard.PRELOGIN_COOKIE);
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            ctx.cookie(cookie(ctx, PortalGuard.PRELOGIN_COOKIE, token, 3600));
        }
        return token;
    }

    private static Cookie cookie(Context ctx, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value, "/jupki", maxAge, ctx.req().isSecure(), true, null, SameSite.LAX);
        return cookie;
    }

    @Override
    public void renderMaintenance(Context ctx, MaintenanceNotice notice) {
        ctx.html(PortalMaintenancePage.render(PortalRequest.anonymous(ctx), notice));
    }

    @Override
    public void renderError(Context ctx, WebError error) {
        PortalRequest request = PortalRequest.of(ctx) == null ? PortalRequest.anonymous(ctx) : PortalRequest.of(ctx);
        String key = switch (error.status()) {
            case 403 -> error.kind().equals("csrf") ? "error.csrf" : error.kind().equals("campus-only") ? "campus.only" : "error.forbidden";
            case 404 -> "error.notfound";
            default -> "error.general";
        };
        ctx.status(error.status()).html(PortalLayout.page(request, request.text("error.heading"),
                "<p class=\"error\" id=\"error\">" + Html.escape(request.text(key)) + "</p>"));
    }

}
