package dev.upkisim.tsv;

import java.util.List;
import java.util.Set;

/**
 * One line of an uploaded TSV file, split at the tabs and decoded.
 *
 * @param row          1-based line number; every line counts, blank ones too
 * @param fields       the columns' text; a column whose bytes are not CP932 holds its text with replacement characters
 * @param undecodable  1-based numbers of the columns whose bytes are not valid Shift_JIS/CP932
 */
public record TsvLine(int row, List<String> fields, Set<Integer> undecodable) {

    public TsvLine {
        fields = List.copyOf(fields);
        undecodable = Set.copyOf(undecodable);
    }

    /** The text of a column, or "" for a column beyond the end of a short line. */
    public String field(TsvColumn column) {
        return column.number() <= fields.size() ? fields.get(column.number() - 1) : "";
    }

    public boolean decodable(TsvColumn column) {
        return !undecodable.contains(column.number());
    }
}
