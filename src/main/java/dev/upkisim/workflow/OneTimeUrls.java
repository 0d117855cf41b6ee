package dev.upkisim.workflow;

import java.net.URI;
import java.util.function.Supplier;

/**
 * The NII side's one-time URL shapes (SPEC 1.3), built on the configured public URL. PIN and bulk URLs are the
 * real service's; the user's certificate URL follows the same pattern.
 */
public final class OneTimeUrls {
    public static final String DOWNLOAD = "/upki-odcert/download";
    public static final String PIN_ENTRANCE = DOWNLOAD + "/view/jsp/SPEntranceCliPin.jsp";
    public static final String BULK_PIN_ENTRANCE = DOWNLOAD + "/view/jsp/SPEntranceCliAllPin.jsp";
    public static final String BULK_P12_ENTRANCE = DOWNLOAD + "/view/jsp/SPEntranceCliAll.jsp";
    public static final String CERTIFICATE_ENTRANCE = DOWNLOAD + "/view/jsp/SPEntranceCli.jsp";

    private final Supplier<URI> publicUrl;

    public OneTimeUrls(Supplier<URI> publicUrl) {
        this.publicUrl = publicUrl;
    }

    public String pin(String token) {
        return publicUrl.get() + PIN_ENTRANCE + "?p1=" + token;
    }

    public String bulkPin(String token) {
        return publicUrl.get() + BULK_PIN_ENTRANCE + "?p1=" + token;
    }

    public String bulkP12(String token) {
        return publicUrl.get() + BULK_P12_ENTRANCE + "?p1=" + token;
    }

    public String certificate(String token) {
        return publicUrl.get() + CERTIFICATE_ENTRANCE + "?p1=" + token;
    }
}
