package dev.upkisim.workflow.portal;

import dev.upkisim.core.Institution;
import dev.upkisim.core.User;
import java.math.BigInteger;
import java.nio.charset.Charset;

/**
 * The portal is its institution's RA: what a member asks for becomes a TSV row of SPEC 1.2, uploaded through
 * the same path an RA's file takes (so the NII side's checks, delays and quirks apply to it alike). The admin
 * (利用管理者, columns 8–10) is the institution's RA desk; the user (columns 11, 13, 14) is the member.
 */
final class PortalTsv {
    static final Charset SHIFT_JIS = Charset.forName("Windows-31J");

    private PortalTsv() {
    }

    /** The member's subject DN: CN = the English name in capitals (S/MIME: the e-mail address), OU = user name. */
    static String subjectDn(User user, Institution institution, boolean smime) {
        String commonName = smime ? user.email() : user.name().en().toUpperCase(java.util.Locale.ROOT);
        return "CN=" + commonName + ", OU=" + user.username() + ", " + institution.dnBase();
    }

    static byte[] issueOrRenew(User user, Institution institution, String dn, int profile, BigInteger renewedSerial) {
        String line = String.join("\t", dn, String.valueOf(profile), "1",
                renewedSerial == null ? "" : renewedSerial.toString(), "", "", "",
                institution.raContact().name().ja(), institution.name().ja(), institution.raContact().email(),
                user.name().ja(), user.username(), user.affiliation().ja(), user.email(), "");
        return (line + "\r\n").getBytes(SHIFT_JIS);
    }

    static byte[] revoke(User user, Institution institution, String dn, BigInteger serial, int reason, String comment) {
        String line = String.join("\t", dn, "", "", serial.toString(), String.valueOf(reason),
                comment == null ? "" : comment.replaceAll("[\\t\\r\\n]", " "), "", "", "",
                institution.raContact().email(), "", "", "", user.email(), "");
        return (line + "\r\n").getBytes(SHIFT_JIS);
    }
}
