package dev.upkisim.tsv;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads typed values out of one {@link TsvLine}, collecting at most one {@link RowError} per column, in the
 * order the real service's checks are listed: characters that are not CP932 (205), required (201), length
 * (202), then the column's own format (204 digits, 205 characters, 206 formats). A getter returns empty when
 * the column is empty or in error, so the caller can skip checks that depend on it.
 */
final class RowReader {
    private static final Pattern DIGITS_ONLY = Pattern.compile("[0-9]*");
    private final TsvLine line;
    private final List<RowError> errors = new ArrayList<>();

    RowReader(TsvLine line) {
        this.line = line;
    }

    int row() {
        return line.row();
    }

    List<RowError> errors() {
        return List.copyOf(errors);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void report(RowError error) {
        errors.add(error);
    }

    /** The column's raw text, after the common checks (CP932, required, length); empty if it failed them. */
    Optional<String> raw(TsvColumn column, boolean required) {
        String text = line.field(column);
        if (!line.decodable(column)) {
            return fail(TsvErrors.invalidCharacters(row(), column));
        }
        if (text.isEmpty()) {
            return required ? fail(TsvErrors.required(row(), column)) : Optional.empty();
        }
        if (text.length() > column.maxLength()) {
            return fail(TsvErrors.tooLong(row(), column));
        }
        return Optional.of(text);
    }

    Optional<String> text(TsvColumn column, boolean required) {
        return raw(column, required).flatMap(text -> FieldRules.text(text) ? Optional.of(text)
                : fail(TsvErrors.invalidCharacters(row(), column)));
    }

    Optional<String> email(TsvColumn column) {
        return raw(column, true).flatMap(text -> FieldRules.email(text) ? Optional.of(text)
                : fail(TsvErrors.notEmail(row(), column)));
    }

    Optional<String> fileName(TsvColumn column) {
        return raw(column, true).flatMap(text -> FieldRules.fileName(text) ? Optional.of(text)
                : fail(TsvErrors.invalidCharacters(row(), column)));
    }

    Optional<String> pin(TsvColumn column) {
        return raw(column, false).flatMap(text -> FieldRules.pin(text) ? Optional.of(text)
                : fail(TsvErrors.invalidCharacters(row(), column)));
    }

    Optional<BigInteger> number(TsvColumn column) {
        String text = line.field(column);
        if (line.decodable(column) && !text.isEmpty() && !DIGITS_ONLY.matcher(text).matches()) {
            return fail(TsvErrors.notDigits(row(), column));
        }
        return raw(column, true).map(BigInteger::new);
    }

    /** A small code (profile, method, reason): digits, then mapped; a number with no meaning is 203. */
    <T> Optional<T> code(TsvColumn column, java.util.function.IntFunction<Optional<T>> meaning) {
        return number(column).flatMap(number -> {
            Optional<T> value = number.bitLength() < 31 ? meaning.apply(number.intValue()) : Optional.empty();
            return value.isPresent() ? value : fail(TsvErrors.notAllowed(row(), column));
        });
    }

    Optional<SubjectDn> subjectDn() {
        return raw(Column.SUBJECT_DN, true).flatMap(text -> {
            Optional<SubjectDn> dn = SubjectDn.parse(text);
            return dn.isPresent() ? dn : fail(TsvErrors.badDn(row()));
        });
    }

    /** Reserved columns of this apply type must stay empty (NII: 「No4~No7まで空白」). */
    void mustBeEmpty(TsvColumn column) {
        if (!line.field(column).isEmpty()) {
            errors.add(TsvErrors.mustBeEmpty(row(), column));
        }
    }

    private <T> Optional<T> fail(RowError error) {
        errors.add(error);
        return Optional.empty();
    }
}
