package dev.upkisim.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;

/**
 * Drops a request's TCP connection without any answer, as a crashed front end or a middlebox does (fault action
 * {@code reset}, SPEC 1.6). It reaches below TLS to Jetty's socket end point, sets {@code SO_LINGER} to zero so the
 * close sends a TCP RST (the client reads "connection reset", not a clean end of stream), and closes it; then
 * {@link Aborted} tells the web server not to answer.
 */
final class ConnectionAbort {
    private ConnectionAbort() {
    }

    /** Thrown after the connection is gone, so that nothing else runs for the request; never rendered. */
    static final class Aborted extends RuntimeException {
        Aborted() {
            super("connection reset by a fault rule", null, false, false);
        }
    }

    static Aborted abort(Context ctx) {
        EndPoint endPoint = ServletContextRequest.getServletContextRequest(ctx.req())
                .getConnectionMetaData().getConnection().getEndPoint();
        while (endPoint instanceof EndPoint.Wrapper wrapper) {
            endPoint = wrapper.unwrap();
        }
        if (endPoint instanceof SocketChannelEndPoint socket) {
            try {
                ((SocketChannel) socket.getChannel()).setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException | RuntimeException e) {
                // still closed below; the client then sees an end of stream instead of a reset
            }
        }
        endPoint.close();
        return new Aborted();
    }
}
