package dev.upkisim.web.sim;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.P12Format;
import dev.upkisim.ca.P12Writer;
import dev.upkisim.ca.Pem;
import dev.upkisim.core.Institution;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.store.RaCredentialStore.RaCredential;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.RaCredentials;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /sim/ra/{institution}/credentials.p12} (password in {@code X-P12-Password}) and {@code …/credentials.pem}
 * (certificate, chain and unencrypted key): the RA operator certificate an RA script presents to the NII face.
 */
public final class RaCredentialRoutes implements SimRoutes {
    private final RaCredentials credentials;
    private final Fixtures fixtures;
    private final CaHierarchy hierarchy;

    public RaCredentialRoutes(RaCredentials credentials, Fixtures fixtures, CaHierarchy hierarchy) {
        this.credentials = credentials;
        this.fixtures = fixtures;
        this.hierarchy = hierarchy;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/sim/ra/{institution}/credentials.p12", this::p12);
        routes.get("/sim/ra/{institution}/credentials.pem", this::pem);
    }

    private void p12(Context ctx) {
        RaCredential credential = credential(ctx);
        byte[] p12 = P12Writer.write(credential.privateKey(), credential.certificate(), chain(),
                "RA operator " + credential.institutionId(), credential.p12Password().toCharArray(), P12Format.LEGACY);
        ctx.header("X-P12-Password", credential.p12Password())
                .header("Content-Disposition", "attachment; filename=\"ra-" + credential.institutionId() + ".p12\"")
                .contentType("application/x-pkcs12").result(p12);
    }

    private void pem(Context ctx) {
        RaCredential credential = credential(ctx);
        StringBuilder pem = new StringBuilder(Pem.certificate(credential.certificate()));
        chain().forEach(certificate -> pem.append(Pem.certificate(certificate)));
        pem.append(Pem.privateKey(credential.privateKey()));
        ctx.contentType("application/x-pem-file").result(pem.toString());
    }

    private RaCredential credential(Context ctx) {
        String id = ctx.pathParam("institution");
        Institution institution = fixtures.institution(id).orElseThrow(() -> WebError.notFound(
                "no institution '" + id + "'; the fixtures have " + fixtures.institutions().stream()
                        .map(Institution::id).toList()));
        return credentials.forInstitution(institution);
    }

    private List<java.security.cert.X509Certificate> chain() {
        return List.of(hierarchy.get(CaRole.CLIENT).certificate(), hierarchy.root().certificate());
    }
}
