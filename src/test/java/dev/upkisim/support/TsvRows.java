package dev.upkisim.support;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** Builds upload files the way an RA prepares them (SPEC 1.2 columns), Shift_JIS (CP932) with CRLF. */
public final class TsvRows {
    public static final Charset CP932 = Charset.forName("Windows-31J");
    public static final String DN_BASE = "O=Example University, L=Example-shi, C=JP";
    private final List<String> lines = new ArrayList<>();

    public static String clientDn(String commonName, String studentId) {
        return "CN=" + commonName + ", OU=" + studentId + ", OU=Faculty of Engineering, " + DN_BASE;
    }

    /** An issue row, P12 individual (download method 1) unless {@code method} says otherwise. */
    public TsvRows issue(String dn, int profile, int method, String userName, String userEmail) {
        return request(dn, profile, method, "", userName, userEmail);
    }

    public TsvRows renew(String dn, int profile, BigInteger oldSerial, String userName, String userEmail) {
        return request(dn, profile, 1, oldSerial.toString(), userName, userEmail);
    }

    public TsvRows revoke(String dn, BigInteger serial, int reason, String comment, String userEmail) {
        lines.add(String.join("\t", dn, "", "", serial.toString(), String.valueOf(reason), comment, "", "", "",
                "kanri.jiro@example.ac.jp", "", "", "", userEmail, ""));
        return this;
    }

    /** The DN of a server certificate: CN = the FQDN, no OU (SPEC 1.2). */
    public static String serverDn(String fqdn) {
        return "CN=" + fqdn + ", " + DN_BASE;
    }

    /**
     * A server certificate issue row (SPEC 1.2, 13 columns): profile 3, the CSR on one line, the admin
     * 管理 次郎, {@code fqdn} in column 11, {@code dnsNames} (comma separated, may be empty) in column 13.
     */
    public TsvRows server(String dn, String csrOneLine, String fqdn, String dnsNames) {
        lines.add(String.join("\t", dn, "3", "", "", "", "", csrOneLine, "管理 次郎", "情報社会基盤研究センター",
                "kanri.jiro@example.ac.jp", fqdn, "Apache httpd 2.4.62", dnsNames));
        return this;
    }

    /** A line as given, for broken rows. */
    public TsvRows raw(String line) {
        lines.add(line);
        return this;
    }

    private TsvRows request(String dn, int profile, int method, String serial, String userName, String userEmail) {
        lines.add(String.join("\t", dn, String.valueOf(profile), String.valueOf(method), serial, "", "", "",
                "管理 次郎", "情報社会基盤研究センター", "kanri.jiro@example.ac.jp", userName,
                userEmail.substring(0, userEmail.indexOf('@')), "工学部 情報工学科", userEmail, ""));
        return this;
    }

    public byte[] bytes() {
        return (String.join("\r\n", lines) + "\r\n").getBytes(CP932);
    }
}
