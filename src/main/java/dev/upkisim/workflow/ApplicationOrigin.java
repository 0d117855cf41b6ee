package dev.upkisim.workflow;

/**
 * Where an application reaches the NII side from, which decides how long it travels before the NII side has it
 * (SPEC 1.6: the J-UPKI → NII stage comes before NII → CA).
 */
public enum ApplicationOrigin {
    /** The RA's TSV upload on the NII side's own pages ({@code SP1011.do}): the NII side has it at once. */
    RA_UPLOAD,
    /**
     * A member's or server admin's request in the J-UPKI portal, which passes it on as a one-row upload: it reaches
     * the NII side after the {@link Delays.Stage#JUPKI_TO_NII} delay.
     */
    JUPKI_PORTAL
}
