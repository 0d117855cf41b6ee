package dev.upkisim.core;

/** A named mailbox, e.g. the institution's RA desk that gets the NII's notices. */
public record Contact(LocalizedText name, String email) {
}
