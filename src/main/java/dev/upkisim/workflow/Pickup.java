package dev.upkisim.workflow;

import dev.upkisim.core.Application;
import java.util.List;

/** What a one-time URL step leads to; the NII face renders each as the real service's page. */
public sealed interface Pickup {

    /** The URL is unknown, used up or expired (the real-style "URL is invalid" page). */
    record Refused(Reason reason) implements Pickup {
    }

    enum Reason { UNKNOWN, USED, EXPIRED, PIN_NOT_FETCHED, WRONG_PASSWORD, ALREADY_DOWNLOADED }

    /** A landing page of a one-time URL: the application(s) it is for and the token for the next form. */
    record Entrance(String token, List<Application> applications) implements Pickup {
    }

    /** 【STEP1】認証情報パスワードを入力. {@code failed} says the password was wrong. */
    record Step1(String certificateToken, Application application, boolean failed) implements Pickup {
    }

    /** 【STEP2】証明書を発行, with the one-time session its form carries. */
    record Step2(String sessionToken, Application application) implements Pickup {
    }

    /** 【STEP3】: the certificate is issued; the P12 downloads once with this token. */
    record Step3(String downloadToken, Application application) implements Pickup {
    }

    /** A file to download (ZIP or P12). */
    record File(String name, String contentType, byte[] content) implements Pickup {
    }
}
