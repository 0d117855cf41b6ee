package dev.upkisim.web.sim;

/**
 * An RFC 9457 problem document, the error format of the /sim/ API.
 *
 * @param type a URN naming the kind of problem, stable for clients to match on
 */
record Problem(String type, String title, int status, String detail) {
    static final String CONTENT_TYPE = "application/problem+json";

    static Problem of(int status, String kind, String detail) {
        return new Problem("urn:upki-sim:problem:" + kind, title(status), status, detail);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
