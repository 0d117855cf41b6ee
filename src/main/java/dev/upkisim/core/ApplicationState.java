package dev.upkisim.core;

/**
 * Where an application stands. Issue and renewal: RECEIVED → AWAITING_PICKUP (PIN and URLs mailed; list
 * status 4 取得待ち) → ISSUED (「発行」 pressed: certificate and key exist) → DOWNLOADED (P12 fetched at STEP3;
 * list status 5, or 6 for a renewal). Revocation: RECEIVED → COMPLETED.
 */
public enum ApplicationState {
    RECEIVED, AWAITING_PICKUP, ISSUED, DOWNLOADED, COMPLETED, FAILED
}
