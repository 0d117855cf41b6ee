package dev.upkisim.web.repo;

import dev.upkisim.ca.CaRole;
import dev.upkisim.store.CrlStore.StoredCrl;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.CrlPublishing;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Base64;

/**
 * {@code GET /repo/crl/{caId}.crl} — the issuing CA's current CRL in DER, {@code application/pkix-crl} (RFC 5280
 * 4.2.1.13 CRL distribution point over HTTP; media type from RFC 2585 section 4.2) — and the same as PEM at
 * {@code /repo/crl/{caId}.pem} or with {@code ?format=pem} (RFC 7468 section 6, "X509 CRL"). The CRL is served
 * from the cache; nothing is signed here.
 */
final class CrlRoutes {
    private final CrlPublishing crls;

    CrlRoutes(CrlPublishing crls) {
        this.crls = crls;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/repo/crl/{file}", this::crl);
    }

    private void crl(Context ctx) {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        String id = dot < 0 ? file : file.substring(0, dot);
        String extension = dot < 0 ? "" : file.substring(dot + 1);
        CaRole role;
        try {
            role = CaRole.fromId(id);
        } catch (IllegalArgumentException e) {
            throw WebError.notFound("there is no CA '" + id + "'; CRLs exist for client, smime and server");
        }
        if (!CrlPublishing.ISSUING.contains(role) || !(extension.equals("crl") || extension.equals("pem"))) {
            throw WebError.notFound("ask for client.crl, smime.crl or server.crl (or .pem)");
        }
        StoredCrl crl = crls.current(role).orElseThrow(() -> WebError.notFound("the " + id + " CA has no CRL yet"));
        ctx.header("Cache-Control", "max-age=60");
        if (extension.equals("pem") || "pem".equals(ctx.queryParam("format"))) {
            ctx.contentType("application/x-pem-file").result(pem(crl.der()));
        } else {
            ctx.contentType("application/pkix-crl").result(crl.der());
        }
    }

    private static String pem(byte[] der) {
        return "-----BEGIN X509 CRL-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END X509 CRL-----\n";
    }
}
