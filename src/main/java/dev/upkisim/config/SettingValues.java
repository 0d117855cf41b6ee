package dev.upkisim.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parsers for setting values; each message says what is allowed, because it is shown to the user as is. */
final class SettingValues {
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?i)(?=.{1,253}$)(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]{16,200}");

    private SettingValues() {
    }

    static int port(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("allowed: a port number 0–65535 (0 = any free port)");
    }

    static boolean bool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("allowed: true or false");
        };
    }

    static Path path(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("allowed: a directory path");
        }
        return Path.of(text.trim());
    }

    static Path existingDirectory(String text) {
        Path path = path(text);
        if (!java.nio.file.Files.isDirectory(path)) {
            throw new IllegalArgumentException("allowed: an existing directory; " + path + " is not one");
        }
        return path;
    }

    static InetAddress bindAddress(String text) {
        String value = text.trim();
        if (!IP_LITERAL.matcher(value).matches() && !value.equalsIgnoreCase("localhost")) {
            throw new IllegalArgumentException("allowed: an IP address of this machine (127.0.0.1, 0.0.0.0, ::1 …) or localhost");
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("allowed: an IP address of this machine (127.0.0.1, 0.0.0.0, ::1 …) or localhost");
        }
    }

    /** An absolute http(s) base URL without query or fragment; a trailing slash is dropped. */
    static URI baseUrl(String text) {
        String message = "allowed: an absolute http:// or https:// URL without query or fragment, e.g. http://sim.example.ac.jp:8080";
        try {
            URI uri = new URI(text.trim().replaceAll("/+$", ""));
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException(message);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Host names and IP literals for the listener certificate's subjectAltName. */
    static List<String> hostnames(String text) {
        List<String> names = Arrays.stream(text.split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).distinct().toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("allowed: a comma-separated list of DNS names and IP addresses, e.g. localhost,127.0.0.1");
        }
        for (String name : names) {
            if (!HOST_NAME.matcher(name).matches() && !isIpLiteral(name)) {
                throw new IllegalArgumentException("'" + name + "' is neither a DNS name nor an IP address;"
                        + " allowed: a comma-separated list of DNS names and IP addresses, e.g. localhost,127.0.0.1");
            }
        }
        return names;
    }

    static boolean isIpLiteral(String name) {
        if (!IP_LITERAL.matcher(name).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(name);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static long seed(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("allowed: a whole number (64-bit), e.g. 42");
        }
    }

    /** A delay distribution in its text form ({@code lognormal PT10M PT70M}), at most {@code limit}. */
    static dev.upkisim.core.DelayDistribution delay(String text, java.time.Duration limit) {
        return dev.upkisim.core.DelayDistribution.within(dev.upkisim.core.DelayDistribution.parse(text), limit,
                "the longest this stage may take");
    }

    /** A scenario's name: the file fixtures/scenarios/NAME.yaml (whether it exists is checked at start). */
    static String scenarioName(String text) {
        String name = text.trim();
        if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("allowed: a scenario name of lower-case letters, digits and '-', e.g. realistic");
        }
        return name;
    }

    /** How far ahead coming maintenance is announced: one day to two years. */
    static java.time.Duration maintenanceHorizon(String text) {
        return durationWithin(text, java.time.Duration.ofDays(1), java.time.Duration.ofDays(731),
                "allowed: an ISO-8601 duration from P1D to P731D, e.g. P90D");
    }

    /** How long a CRL is valid, thisUpdate to nextUpdate (RFC 5280 5.1.2.5): one minute to one year. */
    static java.time.Duration crlValidity(String text) {
        return durationWithin(text, java.time.Duration.ofMinutes(1), java.time.Duration.ofDays(366),
                "allowed: an ISO-8601 duration from PT1M to P366D, e.g. P1D or PT12H");
    }

    /** An ISO-8601 duration from {@code min} to {@code max}, else {@code allowed} as the refusal. */
    private static java.time.Duration durationWithin(String text, java.time.Duration min, java.time.Duration max,
                                                     String allowed) {
        try {
            java.time.Duration duration = java.time.Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            if (duration.compareTo(min) >= 0 && duration.compareTo(max) <= 0) {
                return duration;
            }
        } catch (java.time.format.DateTimeParseException ignored) {
            // falls through to the refusal
        }
        throw new IllegalArgumentException(allowed);
    }

    static String oneOf(String text, String... allowed) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw new IllegalArgumentException("allowed: " + String.join(" or ", allowed));
    }

    static String text(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("allowed: a non-empty text");
        }
        return text.trim();
    }

    /** {@code Name <address@example>} or a bare address. */
    static String mailbox(String text) {
        String value = text.trim();
        String address = value.contains("<") && value.endsWith(">")
                ? value.substring(value.lastIndexOf('<') + 1, value.length() - 1) : value;
        if (!address.matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
            throw new IllegalArgumentException("allowed: an e-mail address, optionally with a name: Name <user@example.ac.jp>");
        }
        return value;
    }

    static String token(String text) {
        if (!TOKEN.matcher(text).matches()) {
            throw new IllegalArgumentException("allowed: 16 to 200 characters from A–Z a–z 0–9 . _ ~ + / = -");
        }
        return text;
    }
}
