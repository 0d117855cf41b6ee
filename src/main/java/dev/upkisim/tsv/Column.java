package dev.upkisim.tsv;

/**
 * The columns of the client certificate TSV files (SPEC 1.2; NII 「クライアント証明書発行申請TSVフォーマット」,
 * certs.nii.ac.jp/archive/TSV_File_Format/client_tsv/), with the names the error lines use and the maximum
 * number of characters.
 *
 * <p>Lengths from the NII documents: subject DN 250 (client format page); names and affiliations 64 and e-mail
 * addresses 78 (the server certificate format page, the client page's table could not be read in full);
 * serial number: that page says 32 digits, but the service's serials became 128-bit in Aug 2023
 * (certs.nii.ac.jp/news/20230728), up to 39 decimal digits, so 40 is allowed here. Our own choices, where the
 * documents we read are silent: profile ID 2 (IDs 13–16 have two digits although the old page says 1),
 * P12 file name 64, access PIN 32, revocation comment 128.
 */
public enum Column implements TsvColumn {
    SUBJECT_DN(1, "主体者DN", 250),
    PROFILE_ID(2, "証明書プロファイルID", 2),
    DOWNLOAD_METHOD(3, "ダウンロード方法", 1),
    /**
     * Empty for issue; the renewed certificate's serial for renew; the revoked one's for revoke. Decimal. The name
     * is the one NII's renew format gives column 4 (「失効対象証明書シリアル番号」: the renewed certificate is the one
     * to be revoked later), used here for renew and revoke alike.
     */
    SERIAL(4, "失効対象証明書シリアル番号", 40),
    /** Revoke only; empty for issue and renew. */
    REVOCATION_REASON(5, "失効理由", 1),
    /** Revoke only; empty for issue and renew. */
    REVOCATION_COMMENT(6, "失効理由コメント", 128),
    /** Always empty. */
    RESERVED_7(7, "項目7", 0),
    ADMIN_NAME(8, "利用管理者氏名", 64),
    ADMIN_AFFILIATION(9, "利用管理者所属", 64),
    ADMIN_EMAIL(10, "利用管理者メールアドレス", 78),
    USER_NAME(11, "利用者氏名", 64),
    P12_FILE_NAME(12, "P12ダウンロードファイル名", 64),
    USER_AFFILIATION(13, "利用者所属", 64),
    USER_EMAIL(14, "利用者メールアドレス", 78),
    /** Optional, bulk P12 download only (added to the format in 2018, NII manual V.2.1). */
    ACCESS_PIN(15, "アクセスPIN", 32);

    /** Rows written before the access PIN column existed have 14 columns; both counts are accepted. */
    public static final int MIN_COLUMNS = 14;
    public static final int MAX_COLUMNS = 15;

    private final int number;
    private final String label;
    private final int maxLength;

    Column(int number, String label, int maxLength) {
        this.number = number;
        this.label = label;
        this.maxLength = maxLength;
    }

    /** 1-based, as the NII document numbers the columns. */
    @Override
    public int number() {
        return number;
    }

    /** The 項目名称 the error lines name, e.g. 主体者DN. */
    @Override
    public String label() {
        return label;
    }

    @Override
    public int maxLength() {
        return maxLength;
    }

    /** The name an error line gives a column that must stay empty for this apply type, e.g. 項目4. */
    @Override
    public String reservedLabel() {
        return "項目" + number;
    }
}
