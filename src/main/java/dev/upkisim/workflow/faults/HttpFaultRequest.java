package dev.upkisim.workflow.faults;

/**
 * An HTTP request as fault rules see it: the face that owns the path ({@code jupki}, {@code upki}, {@code repo},
 * {@code acme}, {@code rp}, {@code sim}, {@code home}), the method, the path without query, and who it is for
 * when the face knows — the portal member's user id and institution, or the RA's institution (from its client
 * certificate). Unknown parties are {@code null}.
 */
public record HttpFaultRequest(String face, String method, String path, String user, String institution) {

    /** {@code POST /upki-odcert/lra/SP1011.do}, for events. */
    public String where() {
        return method + " " + path;
    }
}
