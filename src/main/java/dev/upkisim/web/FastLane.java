package dev.upkisim.web;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A path a face serves from a plain Jetty handler ahead of Javalin, for throughput (issue 6: the OCSP responder's
 * benchmark target). {@link WebServer} offers it a request only while every {@link RequestGate} and the fault rules are
 * {@linkplain RequestGate#quiet quiet} for the path, so no maintenance window or fault rule is ever bypassed: when
 * one is in force, or when the lane declines, the request takes the ordinary Javalin route, which must answer it the
 * same way.
 */
public interface FastLane {
    /** Whether the path is one the lane may serve (cheap: asked before the gates are). */
    boolean owns(String path);

    /**
     * Answers the request and completes the callback, or returns {@code false} having read nothing of it, to leave it
     * to the Javalin routes (e.g. an unexpected media type, whose error page only the face renders).
     */
    boolean handled(Request request, Response response, Callback callback) throws Exception;
}
