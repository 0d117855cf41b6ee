package dev.upkisim.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.util.List;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP and HTTPS listeners and the faces behind them (the first face whose prefix owns a path renders its
 * errors; a face with the empty prefix, listed last, owns the rest). Built apart from started, so tests start the same
 * server on port 0. Errors are mapped here, once: a {@link WebError} is rendered by the face that owns the
 * path; anything unexpected is logged and shown as that face's 500, never as a stack trace. {@link RequestGate}s
 * see every request first (maintenance windows) and may answer it in the owning face's style. A face's
 * {@link FastLane}s are served by a plain Jetty handler in front of Javalin while the gates and fault rules are quiet.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String RENDERED = "upki-sim.error-rendered";
    private final Javalin app;
    private final List<Face> faces;
    private final List<String> routes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final LazyJsonMapper json = new LazyJsonMapper();
    private ServerConnector http;
    private ServerConnector https;
    private ServerConnector relyingParty;

    /**
     * @param relyingPartyPort the HTTPS port that demands a client certificate at the handshake (SPEC 1.9's
     *                         relying-party check); any chain is let through so the check can say why it fails
     */
    public WebServer(InetAddress bind, int httpPort, int httpsPort, int relyingPartyPort, ListenerTls tls,
                     List<Face> faces) {
        this(bind, httpPort, httpsPort, relyingPartyPort, tls, faces, List.of(), null);
    }

    public WebServer(InetAddress bind, int httpPort, int httpsPort, int relyingPartyPort, ListenerTls tls,
                     List<Face> faces, List<RequestGate> gates) {
        this(bind, httpPort, httpsPort, relyingPartyPort, tls, faces, gates, null);
    }

    /**
     * @param gates  run before the faces' own handlers, in order; the first that answers ends the request
     * @param faults the fault rules' HTTP side, or {@code null}: run after the faces' guards, before each route
     */
    public WebServer(InetAddress bind, int httpPort, int httpsPort, int relyingPartyPort, ListenerTls tls,
                     List<Face> faces, List<RequestGate> gates, HttpFaults faults) {
        this.faces = List.copyOf(faces);
        JettyDefaults.apply();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(json);
            config.events.handlerAdded(handler -> {
                if (handler.getHttpMethod().isHttpMethod()) {
                    routes.add(handler.getHttpMethod() + " " + handler.getPath());
                }
            });
            config.jetty.addConnector((server, httpConfig) -> {
                http = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
                http.setHost(bind.getHostAddress());
                http.setPort(httpPort);
                return http;
            });
            config.jetty.addConnector((server, httpConfig) ->
                    https = tlsConnector(server, httpConfig, tls.forConnector(false), bind, httpsPort));
            config.jetty.addConnector((server, httpConfig) ->
                    relyingParty = tlsConnector(server, httpConfig, tls.forConnector(true), bind, relyingPartyPort));
            List<FastLane> lanes = this.faces.stream().flatMap(face -> face.fastLanes().stream()).toList();
            if (!lanes.isEmpty()) { // Javalin puts its own handler inside this wrapper
                config.jetty.modifyServer(server -> server.setHandler(new FastLanes(lanes, gates, faults)));
            }
            List<RequestGate> allGates = List.copyOf(gates);
            config.routes.before(ctx -> {
                for (RequestGate gate : allGates) {
                    if (gate.answered(ctx, faceOf(ctx))) {
                        ctx.skipRemainingHandlers();
                        return;
                    }
                }
            });
            for (Face face : this.faces) {
                face.addRoutes(config.routes);
            }
            if (faults != null) { // after the gates and the faces' guards, which tell who asks (RequestIdentity)
                config.routes.beforeMatched(ctx -> faults.apply(ctx, faceOf(ctx)));
                config.routes.exception(ConnectionAbort.Aborted.class, (aborted, ctx) -> ctx.skipRemainingHandlers());
            }
            config.routes.exception(WebError.class, this::render);
            config.routes.exception(HttpResponseException.class, (error, ctx) ->
                    render(new WebError(error.getStatus(), "http-" + error.getStatus(), error.getMessage()), ctx));
            config.routes.exception(Exception.class, (error, ctx) -> {
                String request;
                try {
                    request = ctx.method() + " " + ctx.path();
                } catch (RuntimeException recycled) { // an event stream whose client left: no one to answer
                    LOG.debug("error after the client left", error);
                    return;
                }
                LOG.error("unexpected error on {}", request, error);
                render(new WebError(500, "internal-error", "upki-sim failed to answer this request; its log says why"), ctx);
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(RENDERED) == null) {
                    render(WebError.notFound("nothing at " + ctx.path()), ctx);
                }
            });
        });
    }

    /** An HTTPS connector; the host name a client asks for (SNI) is not checked against the certificate. */
    private static ServerConnector tlsConnector(Server server, HttpConfiguration httpConfig,
                                                SslContextFactory.Server tls, InetAddress bind, int port) {
        HttpConfiguration secure = new HttpConfiguration(httpConfig);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setSniHostCheck(false);
        secure.addCustomizer(customizer);
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(secure));
        connector.setHost(bind.getHostAddress());
        connector.setPort(port);
        return connector;
    }

    public void start() {
        app.start();
    }

    /** Builds what the first requests of each kind would otherwise build (the JSON mapper); call once ready. */
    public void warmUp() {
        json.warmUp();
    }

    public int httpPort() {
        return http.getLocalPort();
    }

    public int httpsPort() {
        return https.getLocalPort();
    }

    /** Every route as {@code METHOD /path/{param}}, e.g. for checking that the API description covers them. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    public int relyingPartyPort() {
        return relyingParty.getLocalPort();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void render(WebError error, Context ctx) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        faceOf(ctx).renderError(ctx, error);
    }

    private Face faceOf(Context ctx) {
        String path = ctx.path();
        return faces.stream()
                .filter(face -> path.equals(face.prefix()) || path.startsWith(face.prefix() + "/"))
                .findFirst().orElse(faces.get(faces.size() - 1));
    }
}
