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
 * {@code 缺失} for a value lost in the source. What each column accepts is its {@link ColumnKind}. Numbers are read as
 * authors type them: {@code 1,532} is 1532; a unit the column's heading already gives ({@code 126.35万元} under
 * 本年收费金额（单位：万元）, {@code 5件} under 本年制发件数) is dropped with a warning; a number typed in another
 * notation ({@code 0x10}, {@code 1e3}, {@code 153２}) is an error, never a number with a "note".
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
    /** Digits in groups of three, as accountants write them: {@code 1,532}, {@code 73,802,895.90}. */
    private static final String GROUPED = "\\d{1,3}(?:,\\d{3})+";

    private static final Pattern ANNOTATED_COUNT =
            Pattern.compile("(" + GROUPED + "|\\d+)(?![\\d.．])(.*)", Pattern.DOTALL);
    private static final Pattern FULL_WIDTH_DIGIT = Pattern.compile("[０-９]");
    private static final Pattern SIGNED = Pattern.compile("[+-]?\\d+");
    /** What, right after the digits, makes a number typed in another notation or mistyped, not a number and a note. */
    private static final Pattern NUMBER_GOES_ON =
            Pattern.compile("\\s*(?:[xXoObB_]|[eE][+-]?\\d|[,，.．]\\s*\\d" + "|[０-９])");

    private static final Pattern AMOUNT =
            Pattern.compile("((?:" + GROUPED + "|\\d+)(?:\\.\\d+)?)(?![\\d.])(.*)", Pattern.DOTALL);

    private final Problems problems;

    CellReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * The cell at {@code node}, named {@code name} in messages (the row's and the column's labels); {@code annotated}
     * lets a count carry a note after it (table 二). Empty after an error.
     */
    Optional<Cell> read(Node node, ColumnKind kind, boolean annotated, String name) {
        Position at = Nodes.position(node);
        if (!(node instanceof ScalarNode scalar)) {
            problems.error(at, DataMessages.cellNotValue(name, Nodes.describe(node)));
            return Optional.empty();
        }
        if (Nodes.isEmpty(node)) {
            return Optional.of(Cell.blank(at));
        }
        String text = trim(scalar.getValue());
        int length = text.codePointCount(0, text.length());
        if (length > MAX_CELL) {
            problems.error(at, DataMessages.cellTooLong(name, length, MAX_CELL));
            return Optional.empty();
        }
        if (text.equals(LOST)) {
            return Optional.of(Cell.lost(at)); // reported once per row by the table reader
        }
        return switch (kind) {
            case COUNT -> annotated ? annotatedCount(text, at, name) : count(text, at, name);
            case CHANGE ->
                Optional.of(Cell.written(text, SIGNED.matcher(text).matches() ? new BigDecimal(text) : null, at));
            case AMOUNT -> amount(text, at, name);
        };
    }

    /** Strips spaces, including the no-break and full-width spaces that text copied from Word or a web page carries. */
    static String trim(String value) {
        return value.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
    }

    private Optional<Cell> count(String text, Position at, String name) {
        if (WHOLE.matcher(text).matches()) {
            return tooLarge(text, at, name)
                    ? Optional.empty()
                    : Optional.of(Cell.written(text, new BigDecimal(text), at));
        }
        return rejectCount(text, at, name, false);
    }

    private Optional<Cell> annotatedCount(String text, Position at, String name) {
        Matcher m = ANNOTATED_COUNT.matcher(text);
        if (!m.matches()) {
            return rejectCount(text, at, name, true);
        }
        if (goesOn(m.group(2))) {
            problems.error(at, DataMessages.notation(name, text, false));
            return Optional.empty();
        }
        String digits = m.group(1).replace(",", "");
        if (tooLarge(digits, at, name)) {
            return Optional.empty();
        }
        if (m.group(2).strip().equals("件") && name.endsWith("件数")) {
            problems.warning(at, DataMessages.unitDropped(name, text, "件", m.group(1)));
            return Optional.of(Cell.written(m.group(1), new BigDecimal(digits), at));
        }
        return Optional.of(Cell.written(text, new BigDecimal(digits), at));
    }

    private Optional<Cell> rejectCount(String text, Position at, String name, boolean noted) {
        DataMessages.CountFault fault = NEGATIVE.matcher(text).matches()
                ? DataMessages.CountFault.NEGATIVE
                : FRACTION.matcher(text).matches()
                        ? DataMessages.CountFault.FRACTION
                        : FULL_WIDTH_DIGIT.matcher(text).find()
                                ? DataMessages.CountFault.FULL_WIDTH
                                : DataMessages.CountFault.NOT_A_COUNT;
        problems.error(at, DataMessages.countInvalid(name, text, fault, noted));
        return Optional.empty();
    }

    /** Whether the text after a number's digits carries the number on ({@code 0x10}, {@code 1e3}, {@code 1,53}). */
    private static boolean goesOn(String rest) {
        return NUMBER_GOES_ON.matcher(rest).lookingAt();
    }

    private boolean tooLarge(String digits, Position at, String name) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        if (significant.length() > MAX_DIGITS) {
            problems.error(at, DataMessages.countTooLarge(name, digits));
            return true;
        }
        return false;
    }

    private Optional<Cell> amount(String text, Position at, String name) {
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            problems.error(
                    at,
                    DataMessages.amountInvalid(
                            name, text, NEGATIVE.matcher(text).matches()));
            return Optional.empty();
        }
        if (goesOn(m.group(2))) {
            problems.error(at, DataMessages.notation(name, text, true));
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
        if (m.group(2).strip().equals("万元") && name.contains("万元")) {
            problems.warning(at, DataMessages.unitDropped(name, text, "万元", m.group(1)));
            return Optional.of(Cell.written(m.group(1), value, at));
        }
        return Optional.of(Cell.written(text, value, at));
    }
}
