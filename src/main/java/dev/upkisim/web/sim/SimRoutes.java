package dev.upkisim.web.sim;

import io.javalin.config.RoutesConfig;

/** A group of /sim/ routes; {@link SimApi} adds each group behind its token check and problem+json errors. */
public interface SimRoutes {
    void addRoutes(RoutesConfig routes);
}
