package dev.upkisim.tsv;

/**
 * A column of one of NII's TSV formats: the client certificate format ({@link Column}) or the server certificate
 * format ({@link ServerColumn}). What {@link RowReader} and the error lines need to know about it.
 */
public interface TsvColumn {
    /** 1-based, as the NII documents number the columns. */
    int number();

    /** The 項目名称 the error lines name, e.g. 主体者DN. */
    String label();

    /** The maximum number of characters. */
    int maxLength();

    /** The name an error line gives a column that must stay empty, e.g. 項目4. */
    default String reservedLabel() {
        return "項目" + number();
    }
}
