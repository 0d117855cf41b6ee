package dev.upkisim.core;

import java.time.Instant;

/** A stored application: the request as uploaded, and where it stands. */
public record Application(long id, long uploadId, String institutionId, ApplicationRequest request,
                          ApplicationState state, boolean stuck, Instant createdAt, Instant updatedAt) {

    public ApplyType type() {
        return request.type();
    }

    public Application withState(ApplicationState newState, Instant at) {
        return new Application(id, uploadId, institutionId, request, newState, stuck, createdAt, at);
    }
}
