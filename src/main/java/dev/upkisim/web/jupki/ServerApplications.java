package dev.upkisim.web.jupki;

import dev.upkisim.ca.ServerCsrCheck;
import dev.upkisim.clock.SimClock;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.ServerCertificateApplication;
import dev.upkisim.workflow.ServerCertificateStatus;
import dev.upkisim.workflow.ServerCertificates;
import dev.upkisim.workflow.UploadService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A server admin's server certificate applications (SPEC 1.5): the CSR is checked first so the admin gets the
 * problems in the page's language, then sent to the NII side as a server TSV row through the RA upload path. The
 * admin sees and downloads only the applications made with their own address.
 */
final class ServerApplications {
    private final UploadService uploads;
    private final ServerCertificates servers;
    private final SimClock clock;

    ServerApplications(UploadService uploads, ServerCertificates servers, SimClock clock) {
        this.uploads = uploads;
        this.servers = servers;
        this.clock = clock;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/jupki/server", ctx -> list(ctx, "applied".equals(ctx.queryParam("done"))
                ? PortalRequest.of(ctx).text("applied") + " " + PortalRequest.of(ctx).text("processing.notice") : null,
                List.of(), ServerPages.Form.empty()));
        routes.post("/jupki/server/confirm", this::confirm);
        routes.post("/jupki/server", this::submit);
        routes.get("/jupki/server/{file}", this::pem);
    }

    private void list(Context ctx, String flash, List<String> problems, ServerPages.Form form) {
        PortalRequest request = PortalRequest.of(ctx);
        ctx.html(ServerPages.list(request, own(request), clock.now(), flash, problems, form));
    }

    private void confirm(Context ctx) throws IOException {
        PortalRequest request = PortalRequest.of(ctx);
        ServerPages.Form form = form(ctx);
        var inspection = ServerCsrCheck.inspect(form.csr(), form.fqdn(), form.extraNames(), request.institution().domains());
        if (!inspection.ok()) {
            ctx.status(422);
            list(ctx, null, inspection.problems().stream().map(problem -> problem.in(request.language())).toList(), form);
            return;
        }
        ctx.html(ServerPages.confirm(request, form, inspection.dnsNames(), application(request, form).subjectDn(request.institution())));
    }

    private void submit(Context ctx) throws IOException {
        PortalRequest request = PortalRequest.of(ctx);
        ServerPages.Form form = form(ctx);
        var report = uploads.applyForServerCertificate(request.institution(), application(request, form));
        if (report.allOk() && report.processed()) {
            ctx.redirect(request.link("/jupki/server?done=applied"));
            return;
        }
        List<String> errors = new java.util.ArrayList<>(report.fileErrors());
        report.lines().forEach(line -> errors.addAll(line.errors()));
        ctx.status(422);
        list(ctx, null, errors, form);
    }

    private void pem(Context ctx) {
        PortalRequest request = PortalRequest.of(ctx);
        String file = ctx.pathParam("file");
        if (!file.matches("[0-9]{1,18}\\.pem")) {
            throw new WebError(404, "not-found", "error.notfound");
        }
        long id = Long.parseLong(file.substring(0, file.length() - 4));
        boolean mine = own(request).stream().anyMatch(status -> status.applicationId() == id);
        String pem = mine ? servers.pemChain(request.institution().id(), id).orElse(null) : null;
        if (pem == null) {
            throw new WebError(404, "not-found", "error.notfound");
        }
        ctx.contentType("application/x-pem-file").header("Content-Disposition", "attachment; filename=\"server-" + id + ".pem\"")
                .result(pem);
    }

    private List<ServerCertificateStatus> own(PortalRequest request) {
        return servers.list(request.institution().id()).stream()
                .filter(status -> request.user().email().equalsIgnoreCase(status.adminEmail())).toList();
    }

    private static ServerCertificateApplication application(PortalRequest request, ServerPages.Form form) {
        var user = request.user();
        return new ServerCertificateApplication(form.csr(), form.fqdn().trim(), form.extraNames(), form.software(),
                user.name().ja(), user.affiliation().ja(), user.email());
    }

    private static ServerPages.Form form(Context ctx) throws IOException {
        String csr = text(ctx.formParam("csr"));
        UploadedFile file = ctx.uploadedFile("csrFile");
        if (file != null && file.size() > 0) {
            try (InputStream in = file.content()) {
                csr = new String(in.readNBytes(16_384), StandardCharsets.US_ASCII);
            }
        }
        return new ServerPages.Form(text(ctx.formParam("fqdn")), text(ctx.formParam("sans")), text(ctx.formParam("software")), csr);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
