package dev.upkisim.web.sim;

import io.javalin.config.RoutesConfig;

/** A group of /sim/ routes; {@link SimApi} adds each group behind its token check and problem+json errors. */
public interface SimRoutes {
    void addRoutes(RoutesConfig routes);

    /**
     * Whether this group serves {@code path} without the token — only what must be reachable before a login,
     * e.g. the dashboard's login page and its static files. Everything else needs the token.
     */
    default boolean isOpen(String path) {
        return false;
    }
}
