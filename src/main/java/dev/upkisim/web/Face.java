package dev.upkisim.web;

import io.javalin.config.RoutesConfig;

/** One face of the simulator (SPEC 1): its routes under its own path prefix. */
public interface Face {
    /** The path prefix, e.g. {@code /repo}; errors under it are rendered in this face's style. */
    String prefix();

    /**
     * The face's short name in events and fault rules: {@code jupki}, {@code upki}, {@code repo}, {@code acme},
     * {@code rp}, {@code sim}, {@code home}. By default the prefix's first path segment.
     */
    default String name() {
        String prefix = prefix();
        int slash = prefix.indexOf('/', 1);
        return slash < 0 ? prefix.substring(Math.min(1, prefix.length())) : prefix.substring(1, slash);
    }

    void addRoutes(RoutesConfig routes);

    /** Paths this face also serves ahead of Javalin, for throughput; none by default. */
    default java.util.List<FastLane> fastLanes() {
        return java.util.List.of();
    }

    /** Renders an error in this face's own style (EUC-JP page, J-UPKI page, problem+json, …). */
    void renderError(io.javalin.http.Context ctx, WebError error);

    /**
     * Renders this face's maintenance answer (SPEC 1.6); status 503 and {@code Retry-After} are already set. By
     * default an RFC 9457 problem document, as API and ACME clients expect; faces for people override it with a page.
     */
    default void renderMaintenance(io.javalin.http.Context ctx, MaintenanceNotice notice) {
        MaintenanceProblem.render(ctx, notice);
    }
}
