package dev.upkisim.core;

/**
 * Where an application stands. Issue and renewal: RECEIVED → AWAITING_PICKUP (PIN and URLs mailed; list
 * status 4 取得待ち) → ISSUED (「発行」 pressed: certificate and key exist) → DOWNLOADED (P12 fetched at STEP3;
 * list status 5, or 6 for a renewal). Revocation: RECEIVED → COMPLETED.
 *
 * <p>Server certificate issue: RECEIVED → ISSUED, in one step once the processing delay has passed: the
 * certificate is signed over the CSR's key and mailed to the admin; there is no PIN, no STEP page and no key to
 * pick up, so ISSUED is final. FAILED: the CA refused the request at issuance time (it passed the upload checks,
 * so this means the CA itself could not sign, e.g. a validity past its own).
 */
public enum ApplicationState {
    RECEIVED, AWAITING_PICKUP, ISSUED, DOWNLOADED, COMPLETED, FAILED
}
