package cn.zfxxgk.report.data;

import cn.zfxxgk.report.form.ColumnKind;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problems;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one table cell: a count, a decimal exactly as typed, text with an annotation, {@code ~} for a blank cell or
 * {@code 缺失} for a value lost in the source. What each column accepts is its {@link ColumnKind}.
 */
final class CellReader {

    /** What an author writes for a value the source lost. */
    static final String LOST = "缺失";

    /** A count with a short note fits in far less; more is not a table cell (and slows the typesetting down). */
    static final int MAX_CELL = 300;

    /** Counts above this are typing slips, not the work of one agency in one year. */
    private static final int MAX_DIGITS = 9;

    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern NEGATIVE = Pattern.compile("[-−－]\\s*\\d+(?:\\.\\d+)?.*");
    private static final Pattern FRACTION = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern ANNOTATED_COUNT = Pattern.compile("(\\d+)(?![\\d.．])(.*)", Pattern.DOTALL);
    private static final Pattern FULL_WIDTH_DIGIT = Pattern.compile("[０-９]");
    private static final Pattern SIGNED = Pattern.compile("[+-]?\\d+");
    /** What, right after the digits, makes a number typed in another notation or mistyped, not a number and a note. */
    private static final Pattern NUMBER_GOES_ON = Pattern.compile("\\s*(?:[xXoObB_]|[eE][+-]?\\d|[,，.．]\\s*\\d"
            + "|[０-９])");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)(?![\\d.])(.*)", Pattern.DOTALL);

    private static final String COUNT_EXPECTED = "expected a whole number ≥ 0, ~ for a blank cell or "
            + LOST + " for a value lost in the source";

    private final Problems problems;

    CellReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * The cell at {@code node}, named {@code name} in messages; {@code annotated} lets a count carry a note after it
     * (table 二). Empty after an error.
     */
    Optional<Cell> read(Node node, ColumnKind kind, boolean annotated, String name) {
        Position at = Nodes.position(node);
        if (!(node instanceof ScalarNode scalar)) {
            problems.error(at, name + " is " + Nodes.describe(node) + "; expected one value");
            return Optional.empty();
        }
        if (Nodes.isEmpty(node)) {
            return Optional.of(Cell.blank(at));
        }
        String text = trim(scalar.getValue());
        int length = text.codePointCount(0, text.length());
        if (length > MAX_CELL) {
            problems.error(at, name + " has " + length + " characters; expected at most " + MAX_CELL + " in a table "
                    + "cell (a number, or a number with a short note)");
            return Optional.empty();
        }
        if (text.equals(LOST)) {
            return Optional.of(Cell.lost(at)); // reported once per row by the table reader
        }
        return switch (kind) {
            case COUNT -> annotated ? annotatedCount(text, at, name) : count(text, at, name);
            case CHANGE -> Optional.of(Cell.written(text, SIGNED.matcher(text).matches() ? new BigDecimal(text) : null, at));
            case AMOUNT -> amount(text, at, name);
        };
    }

    /** Strips spaces, including the no-break and full-width spaces that text copied from Word or a web page carries. */
    static String trim(String value) {
        return value.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
    }

    private Optional<Cell> count(String text, Position at, String name) {
        if (WHOLE.matcher(text).matches()) {
            return tooLarge(text, at, name) ? Optional.empty() : Optional.of(Cell.written(text, new BigDecimal(text), at));
        }
        return rejectCount(text, at, name, COUNT_EXPECTED);
    }

    private Optional<Cell> annotatedCount(String text, Position at, String name) {
        Matcher m = ANNOTATED_COUNT.matcher(text);
        if (m.matches() && goesOn(m.group(2))) {
            return notANumber(text, at, name, "a whole number ≥ 0, which may be followed by a note such as 15（含失效的8件）");
        }
        if (m.matches()) {
            return tooLarge(m.group(1), at, name)
                    ? Optional.empty()
                    : Optional.of(Cell.written(text, new BigDecimal(m.group(1)), at));
        }
        return rejectCount(text, at, name, "expected a whole number ≥ 0, which may be followed by a note such as "
                + "15（含失效的8件）, ~ for a blank cell or " + LOST + " for a value lost in the source");
    }

    /** Whether the text after a number's digits carries the number on ({@code 0x10}, {@code 1e3}, {@code 1,532}). */
    private static boolean goesOn(String rest) {
        return NUMBER_GOES_ON.matcher(rest).lookingAt();
    }

    private Optional<Cell> notANumber(String text, Position at, String name, String expected) {
        problems.error(at, name + " '" + text + "' is not a number as written here (hexadecimal, exponent, digit "
                + "separators or mixed-width digits); expected " + expected);
        return Optional.empty();
    }

    private Optional<Cell> rejectCount(String text, Position at, String name, String expected) {
        String wrong = NEGATIVE.matcher(text).matches() ? "is negative"
                : FRACTION.matcher(text).matches() ? "is not a whole number"
                : FULL_WIDTH_DIGIT.matcher(text).find() ? "has full-width digits (switch the input method to half-width)"
                : "is not a count";
        problems.error(at, name + " '" + text + "' " + wrong + "; " + expected);
        return Optional.empty();
    }

    private boolean tooLarge(String digits, Position at, String name) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        if (significant.length() > MAX_DIGITS) {
            problems.error(at, name + " '" + digits + "' is too large; expected a count below 1000000000");
            return true;
        }
        return false;
    }

    private Optional<Cell> amount(String text, Position at, String name) {
        Matcher m = AMOUNT.matcher(text);
        if (m.matches() && goesOn(m.group(2))) {
            return notANumber(text, at, name, "an amount as written, such as 3130.24 or 7113万元");
        }
        if (m.matches()) {
            return Optional.of(Cell.written(text, new BigDecimal(m.group(1)), at));
        }
        String wrong = NEGATIVE.matcher(text).matches() ? "is negative" : "is not an amount";
        problems.error(at, name + " '" + text + "' " + wrong + "; expected an amount as written, such as 3130.24 or "
                + "7113万元, ~ for a blank cell or " + LOST + " for a value lost in the source");
        return Optional.empty();
    }
}
