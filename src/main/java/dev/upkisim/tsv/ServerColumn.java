package dev.upkisim.tsv;

/**
 * The 13 columns of a server certificate issue file (SPEC 1.2: 1 DN, 2 profile, 3–6 reserved, 7 CSR, 8–10 admin,
 * 11 FQDN, 12 server software, 13 dNSName list), with the names and lengths of NII's server format page
 * (「発行申請TSVファイルフォーマット」, certs.nii.ac.jp/upki_archive/odcert/275 — the archived open-domain
 * project's page, the only server format page we could read): DN 250, CSR 2048, 加入者氏名 64, 加入者所属 64,
 * 加入者E-mail 78, 加入者FQDN 64, software 128, dNSName 250. The profile ID's length, 2, is ours (as for clients).
 *
 * <p>Column 7 holds the CSR on one line ({@code ca.ServerCsr} says which forms); column 13 is optional and lists
 * further names separated by commas and/or half-width spaces — our choice: NII's text for it is cut off in what
 * we could read (「同一証明書に複数F…」).
 */
public enum ServerColumn implements TsvColumn {
    SUBJECT_DN(1, "主体者DN", 250),
    PROFILE_ID(2, "証明書プロファイルID", 2),
    RESERVED_3(3, "項目3", 0),
    RESERVED_4(4, "項目4", 0),
    RESERVED_5(5, "項目5", 0),
    RESERVED_6(6, "項目6", 0),
    CSR(7, "CSR", 2048),
    ADMIN_NAME(8, "加入者氏名", 64),
    ADMIN_AFFILIATION(9, "加入者所属", 64),
    ADMIN_EMAIL(10, "加入者E-mail", 78),
    FQDN(11, "加入者FQDN", 64),
    SERVER_SOFTWARE(12, "加入者ソフトウェア名およびバージョン", 128),
    DNS_NAMES(13, "dNSName", 250);

    /** A server issue row has exactly this many columns; client rows have 14 or 15. */
    public static final int COLUMNS = 13;
    /** NII FAQ Q4: 「1つのTSVファイルに最大99件の申請を含めることが可能です」. */
    public static final int MAX_ROWS = 99;

    private final int number;
    private final String label;
    private final int maxLength;

    ServerColumn(int number, String label, int maxLength) {
        this.number = number;
        this.label = label;
        this.maxLength = maxLength;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public int maxLength() {
        return maxLength;
    }
}
