package dev.upkisim.web;

import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The Jetty handler in front of Javalin's: a request on a {@link FastLane}'s path is offered to the lane while every
 * gate and the fault rules are quiet for it; everything else (and whatever a lane declines) goes on to Javalin.
 */
final class FastLanes extends Handler.Wrapper {
    private final List<FastLane> lanes;
    private final List<RequestGate> gates;
    private final HttpFaults faults;

    FastLanes(List<FastLane> lanes, List<RequestGate> gates, HttpFaults faults) {
        this.lanes = List.copyOf(lanes);
        this.gates = List.copyOf(gates);
        this.faults = faults;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath(); // null for "OPTIONS *"
        for (FastLane lane : lanes) {
            if (path != null && lane.owns(path) && quiet(path) && lane.handled(request, response, callback)) {
                return true;
            }
        }
        return super.handle(request, response, callback);
    }

    private boolean quiet(String path) {
        if (faults != null && !faults.quiet()) {
            return false;
        }
        for (RequestGate gate : gates) {
            if (!gate.quiet(path)) {
                return false;
            }
        }
        return true;
    }
}
