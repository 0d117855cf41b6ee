package dev.upkisim.web;

/**
 * The one error vocabulary of the web layer (DESIGN style rule 3): a status, a short machine-readable kind
 * and a detail for people. Controllers throw it; the face that owns the path renders it in its own style.
 */
public final class WebError extends RuntimeException {
    private final int status;
    private final String kind;

    public WebError(int status, String kind, String detail) {
        super(detail);
        this.status = status;
        this.kind = kind;
    }

    public static WebError badRequest(String detail) {
        return new WebError(400, "bad-request", detail);
    }

    public static WebError notFound(String detail) {
        return new WebError(404, "not-found", detail);
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String detail() {
        return getMessage();
    }
}
