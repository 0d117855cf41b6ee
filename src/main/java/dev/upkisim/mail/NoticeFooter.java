package dev.upkisim.mail;

/** The closing lines of the notices: whom to ask, who sent it, and that it comes from a simulator. */
final class NoticeFooter {
    private static final String RULE = "─".repeat(36);

    private NoticeFooter() {
    }

    /** The contact paragraph that ends the Japanese part of a bilingual mail (SPEC 1.4). */
    static String contactJa() {
        return NoticeTemplates.CONTACT_LINE + "\n"
                + "所属機関の利用管理者までお問い合わせください。\n";
    }

    static String contactEn() {
        return "If you did not expect this e-mail or have any questions,\n"
                + "please contact the certificate administrator of your institution.\n";
    }

    static String ja(NoticeSender sender) {
        return RULE + "\n"
                + "UPKI電子証明書発行サービス " + sender.displayName() + "\n"
                + "E-mail: " + sender.address() + "\n"
                + "※このメールは upki-sim（UPKI電子証明書発行サービスのシミュレータ）が\n"
                + "　試験のために送信したものです。実在のサービスとは関係ありません。\n"
                + RULE + "\n";
    }

    static String en(NoticeSender sender) {
        return "-".repeat(64) + "\n"
                + "UPKI certificate issuance service, CA Support Center\n"
                + "E-mail: " + sender.address() + "\n"
                + "This e-mail was sent for testing by upki-sim, a simulator of the UPKI\n"
                + "certificate issuance service. It has no connection with the real service.\n"
                + "-".repeat(64) + "\n";
    }

    /** The line between the Japanese and the English part. */
    static String languageBreak() {
        return "\n" + "=".repeat(64) + "\n\n";
    }
}
