package dev.upkisim.tsv;

import dev.upkisim.ca.CsrProblem;

/**
 * Every error the TSV check reports, with its code and Japanese message: the one place to look them up.
 *
 * <p><b>Real</b> (NII 「TSVファイルアップロード時のチェックエラー」, meatwiki.nii.ac.jp pageId=153094807, and the
 * error page RA clients parse): 201 required, 202 too long, 204 not half-width digits, 205 characters not
 * allowed, 206 DN format / not an e-mail address, 208 no file, 209 extension, 212 DN already exists, 213 no
 * input, 214 too many records, 215 institution inactive. Their messages are the real ones.
 *
 * <p><b>Ours</b>, for checks the real list we could read does not cover (its codes 203, 207, 210, 211 were not
 * shown and 216 onwards were cut off), written in the same style: 203 a value the column does not allow,
 * 207 wrong number of columns, 210 two columns contradict each other, 211 not a text file, 216 serial not found,
 * 217 serial belongs to another DN, 218 certificate already revoked. A duplicate DN inside one file keeps the
 * real code 212 (so a client that looks for 212 sees a duplicate) with a message saying where the duplicate is.
 *
 * <p><b>Server certificate rows.</b> Real: 371 「主体者DNのOUが許可リストとして登録された値と一致しません。」
 * (certs.nii.ac.jp/contact; the simulator's OU allow-list is empty, as BR 7.1.4.2.2 prohibits OU), also used for
 * an OU in the CSR. Ours, for the CSR problems of {@code ca.ServerCsrCheck}, in the 3xx range that 371 suggests
 * the real service keeps for server certificates, with the {@link CsrProblem#ja() Japanese text} of the problem:
 * 361 CSR unreadable, 362 CSR signature, 363 key not allowed, 364 e-mail address in the CSR's subject, 365 the
 * CSR's CN missing or not applied for, 366 not a valid FQDN (or a wildcard), 367 outside the institution's
 * domains, 368 more than one CN plus eight names. The FQDN (column 11) not being the DN's CN is 210.
 */
public final class TsvErrors {
    public static final int REQUIRED = 201;
    public static final int TOO_LONG = 202;
    public static final int NOT_ALLOWED = 203;
    public static final int NOT_DIGITS = 204;
    public static final int INVALID_CHARACTERS = 205;
    public static final int BAD_FORMAT = 206;
    public static final int COLUMN_COUNT = 207;
    public static final int NO_FILE = 208;
    public static final int BAD_EXTENSION = 209;
    public static final int INCONSISTENT = 210;
    public static final int NOT_TEXT = 211;
    public static final int DN_EXISTS = 212;
    public static final int NO_INPUT = 213;
    public static final int TOO_MANY_RECORDS = 214;
    public static final int INSTITUTION_INACTIVE = 215;
    public static final int SERIAL_NOT_FOUND = 216;
    public static final int SERIAL_OTHER_DN = 217;
    public static final int ALREADY_REVOKED = 218;
    public static final int CSR_UNREADABLE = 361;
    public static final int CSR_SIGNATURE = 362;
    public static final int CSR_KEY = 363;
    public static final int CSR_EMAIL = 364;
    public static final int CSR_COMMON_NAME = 365;
    public static final int INVALID_FQDN = 366;
    public static final int OUTSIDE_DOMAINS = 367;
    public static final int TOO_MANY_NAMES = 368;
    public static final int OU_NOT_ALLOWED = 371;

    /** The field name file-level errors carry. */
    public static final String FILE = "申請ファイル";
    /** The field name of the whole row, for the column count. */
    public static final String ROW = "申請データ";

    private TsvErrors() {
    }

    static RowError required(int row, TsvColumn column) {
        return new RowError(REQUIRED, row, column.label(), column.label() + "は入力必須項目です。");
    }

    static RowError tooLong(int row, TsvColumn column) {
        return new RowError(TOO_LONG, row, column.label(),
                column.label() + "は" + column.maxLength() + "桁以内で入力してください。");
    }

    static RowError notAllowed(int row, TsvColumn column) {
        return new RowError(NOT_ALLOWED, row, column.label(), column.label() + "は指定できない値です。");
    }

    static RowError mustBeEmpty(int row, TsvColumn column) {
        return new RowError(NOT_ALLOWED, row, column.reservedLabel(), column.reservedLabel() + "は入力できない項目です。");
    }

    static RowError notDigits(int row, TsvColumn column) {
        return new RowError(NOT_DIGITS, row, column.label(), column.label() + "は半角数字以外の文字が含まれています。");
    }

    static RowError invalidCharacters(int row, TsvColumn column) {
        return new RowError(INVALID_CHARACTERS, row, column.label(), column.label() + "は不正な文字が含まれています。");
    }

    static RowError badDn(int row) {
        return new RowError(BAD_FORMAT, row, Column.SUBJECT_DN.label(),
                Column.SUBJECT_DN.label() + "がDN情報のフォーマットに準じていません。");
    }

    static RowError notEmail(int row, TsvColumn column) {
        return new RowError(BAD_FORMAT, row, column.label(), column.label() + "はメール形式ではありません。");
    }

    static RowError columnCount(int row) {
        return new RowError(COLUMN_COUNT, row, ROW, ROW + "の項目数が不正です。");
    }

    static RowError smimeCommonName(int row) {
        return new RowError(INCONSISTENT, row, Column.SUBJECT_DN.label(),
                Column.SUBJECT_DN.label() + "のCNが" + Column.USER_EMAIL.label() + "と一致しません。");
    }

    static RowError pinWithoutBulk(int row) {
        return new RowError(INCONSISTENT, row, Column.ACCESS_PIN.label(),
                Column.ACCESS_PIN.label() + "は" + Column.DOWNLOAD_METHOD.label() + "がP12一括の場合のみ入力できます。");
    }

    static RowError duplicateDnInFile(int row) {
        return new RowError(DN_EXISTS, row, Column.SUBJECT_DN.label(), "指定したDNは申請ファイル内で重複しています。");
    }

    static RowError dnExists(int row) {
        return new RowError(DN_EXISTS, row, Column.SUBJECT_DN.label(), "指定したDNはすでに存在しています。");
    }

    static RowError duplicateSerialInFile(int row) {
        return new RowError(ALREADY_REVOKED, row, Column.SERIAL.label(), "指定したシリアル番号は申請ファイル内で重複しています。");
    }

    static RowError serialNotFound(int row) {
        return new RowError(SERIAL_NOT_FOUND, row, Column.SERIAL.label(), "指定したシリアル番号の証明書は存在しません。");
    }

    static RowError serialOfOtherDn(int row) {
        return new RowError(SERIAL_OTHER_DN, row, Column.SUBJECT_DN.label(),
                Column.SUBJECT_DN.label() + "が指定したシリアル番号の証明書と一致しません。");
    }

    static RowError alreadyRevoked(int row) {
        return new RowError(ALREADY_REVOKED, row, Column.SERIAL.label(), "指定したシリアル番号の証明書はすでに失効しています。");
    }

    static RowError noFile() {
        return new RowError(NO_FILE, 0, FILE, "指定したファイルは存在しません。");
    }

    static RowError badExtension() {
        return new RowError(BAD_EXTENSION, 0, FILE, "指定したファイルの拡張子が不正です。");
    }

    static RowError notText() {
        return new RowError(NOT_TEXT, 0, FILE, FILE + "がテキスト形式ではありません。");
    }

    static RowError noInput() {
        return new RowError(NO_INPUT, 0, FILE, "申請ファイルに入力がありません。");
    }

    static RowError tooManyRecords() {
        return new RowError(TOO_MANY_RECORDS, 0, FILE, "ファイル内のレコードが指定件数を超えているため申請できません。");
    }

    static RowError institutionInactive() {
        return new RowError(INSTITUTION_INACTIVE, 0, FILE, "機関状態が無効なため申請できません。");
    }

    static RowError ouNotAllowed(int row) {
        return new RowError(OU_NOT_ALLOWED, row, ServerColumn.SUBJECT_DN.label(),
                "主体者DNのOUが許可リストとして登録された値と一致しません。");
    }

    static RowError fqdnNotCommonName(int row) {
        return new RowError(INCONSISTENT, row, ServerColumn.FQDN.label(),
                ServerColumn.FQDN.label() + "が" + ServerColumn.SUBJECT_DN.label() + "のCNと一致しません。");
    }

    /** A problem of the CSR or of the names, on the column it concerns, with its Japanese text. */
    static RowError csrProblem(int row, TsvColumn column, CsrProblem problem) {
        int code = switch (problem.kind()) {
            case UNREADABLE -> CSR_UNREADABLE;
            case BAD_SIGNATURE -> CSR_SIGNATURE;
            case KEY_NOT_ALLOWED -> CSR_KEY;
            case ORGANIZATIONAL_UNIT -> OU_NOT_ALLOWED;
            case EMAIL_IN_SUBJECT -> CSR_EMAIL;
            case NO_COMMON_NAME, COMMON_NAME_NOT_REQUESTED -> CSR_COMMON_NAME;
            case INVALID_NAME, WILDCARD_NAME -> INVALID_FQDN;
            case OUTSIDE_DOMAINS -> OUTSIDE_DOMAINS;
            case TOO_MANY_NAMES -> TOO_MANY_NAMES;
        };
        return new RowError(code, row, column.label(), problem.ja());
    }
}
