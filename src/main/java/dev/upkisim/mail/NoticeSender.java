package dev.upkisim.mail;

/**
 * Who the notices come from. Real RA clients drop any mail whose From address is not the real one, so the
 * default is it (SPEC 1.4: {@code CAサポートセンター <ca-support@ml.secom-sts.co.jp>}, configurable); the signing
 * certificate must carry the same address.
 */
public record NoticeSender(String displayName, String address) {
    public static final NoticeSender DEFAULT = new NoticeSender("CAサポートセンター", "ca-support@ml.secom-sts.co.jp");

    public NoticeSender {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("the notice sender needs a display name");
        }
        Mail.requireAddress(address, "notice sender address");
    }
}
