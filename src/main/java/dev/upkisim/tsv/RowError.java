package dev.upkisim.tsv;

/**
 * One error as the NII issuance system reports it on its error page, e.g.
 * {@code 212:1,主体者DN,指定したDNはすでに存在しています。} (SPEC 1.2, real: code:row,field,message).
 *
 * @param code    the real service's error code (see {@link TsvErrors} for which are real and which are ours)
 * @param row     the 1-based line of the file; {@code 0} for an error of the file as a whole
 * @param field   the column's name as the NII format document names it, or {@code 申請ファイル} for the file
 * @param message the Japanese message, in the real service's wording where the documents give it
 */
public record RowError(int code, int row, String field, String message) {

    /** Exactly {@code code:row,field,message}, the form the real error page and RA clients use. */
    @Override
    public String toString() {
        return code + ":" + row + "," + field + "," + message;
    }

    /** True for an error that rejects the whole file rather than one row. */
    public boolean fileLevel() {
        return row == 0;
    }
}
