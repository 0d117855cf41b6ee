package dev.upkisim.core;

/**
 * Which events to list (issue 5's filterable timeline): every non-null field must match; {@code kind} matches the
 * kind itself or any kind below it ({@code fault} matches {@code fault.fired}). Events come oldest first, after
 * {@code afterId}, at most {@code limit} of them.
 */
public record EventQuery(String face, String kind, Long applicationId, String user, String institution, long afterId,
                         int limit) {
    public static final int MAX_LIMIT = 1000;

    public EventQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_LIMIT + ", got " + limit);
        }
        if (afterId < 0) {
            throw new IllegalArgumentException("after must not be negative, got " + afterId);
        }
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, 0, MAX_LIMIT);
    }

    public EventQuery after(long id) {
        return new EventQuery(face, kind, applicationId, user, institution, id, limit);
    }
}
