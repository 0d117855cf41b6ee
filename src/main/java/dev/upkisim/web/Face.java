package dev.upkisim.web;

import io.javalin.config.RoutesConfig;

/** One face of the simulator (SPEC 1): its routes under its own path prefix. */
public interface Face {
    /** The path prefix, e.g. {@code /repo}; errors under it are rendered in this face's style. */
    String prefix();

    void addRoutes(RoutesConfig routes);

    /** Renders an error in this face's own style (EUC-JP page, J-UPKI page, problem+json, …). */
    void renderError(io.javalin.http.Context ctx, WebError error);
}
