package dev.upkisim.web.jupki;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in sessions of the portal, kept in memory (a restart logs everyone out; nothing acknowledged is lost).
 * Each session has its own CSRF token (synchronizer token pattern, OWASP CSRF cheat sheet). Sessions end after
 * eight hours of wall time.
 */
final class PortalSessions {
    static final String COOKIE = "JUPKI_SESSION";
    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    record Session(String id, String username, String csrfToken, Instant started) {
    }

    Session start(String username) {
        Session session = new Session(random(), username, random(), Instant.now());
        sessions.put(session.id(), session);
        return session;
    }

    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        if (session == null || session.started().plus(LIFETIME).isBefore(Instant.now())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
