package dev.upkisim.web;

import io.javalin.http.Context;

/**
 * Looks at every request before the faces' own handlers and may answer it itself (a face in maintenance, SPEC 1.6).
 * {@link WebServer} runs the gates in order and stops at the first that answers.
 */
@FunctionalInterface
public interface RequestGate {
    /**
     * @param owner the face that owns the path, which renders the answer in its own style
     * @return whether the gate answered the request (then nothing else handles it)
     */
    boolean answered(Context ctx, Face owner);

    /**
     * Whether the gate would let every request to this path through untouched at this moment, answered without a
     * request; a {@link FastLane} serves a path only while every gate is quiet for it. By default a gate is never
     * quiet, which keeps lanes off the paths it looks at.
     */
    default boolean quiet(String path) {
        return false;
    }
}
