package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.form.ColumnKind;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Message;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published cell turned into a cell of the YAML: kept exactly as published ({@code 15（含失效的8件）}, {@code -18},
 * {@code 73802895.90元}) except that a unit the column already names is dropped ({@code 1件}; {@code 3130.24万元} under
 * a header in 万元), thousands separators and full-width digits are made plain, and a dash or slash is not a value
 * (kept blank). A value the YAML cannot hold as published is recorded as 缺失. Every change is reported.
 */
final class CellValues {

    private static final Pattern DASH = Pattern.compile("[-—–－―‐/／\\\\、×xX无]+|--+|——+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern LEADING_COUNT = Pattern.compile("\\d+(?![\\d.．]).*", Pattern.DOTALL);
    private static final Pattern AMOUNT = Pattern.compile("\\d+(?:\\.\\d+)?(?![\\d.]).*", Pattern.DOTALL);
    private static final Pattern FULL_WIDTH = Pattern.compile("[０-９]");
    private static final int MAX_DIGITS = 9;

    private final Findings findings;

    CellValues(Findings findings) {
        this.findings = findings;
    }

    /**
     * The cell for {@code raw}, published in a column of {@code kind} whose header is {@code header}; {@code annotated}
     * lets a count carry a note (table 二); {@code name} names the cell in messages. A blank cell is returned blank
     * without a message: the caller reports blanks by row.
     */
    Cell read(String raw, ColumnKind kind, boolean annotated, String header, String name, Origin at) {
        String text = Texts.clean(raw);
        if (text.isEmpty()) {
            return Cell.blank(Position.NONE);
        }
        if (DASH.matcher(text).matches()) {
            findings.warning(at, ImportMessages.dash(name, text));
            return Cell.blank(Position.NONE);
        }
        if (FULL_WIDTH.matcher(text).lookingAt()) {
            StringBuilder plain = new StringBuilder();
            text.codePoints().forEach(c -> plain.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0' : c));
            findings.warning(at, ImportMessages.fullWidth(name, text, plain.toString()));
            text = plain.toString();
        }
        Matcher grouped = GROUPED.matcher(text);
        if (kind != ColumnKind.CHANGE && grouped.lookingAt()) {
            String written = text.substring(0, grouped.end()).replaceAll("[,，]", "") + text.substring(grouped.end());
            findings.warning(at, ImportMessages.separator(name, text, written));
            text = written;
        }
        Optional<String> unit = unitOf(kind, header);
        if (unit.isPresent()
                && text.endsWith(unit.get())
                && text.length() > unit.get().length()) {
            String written =
                    text.substring(0, text.length() - unit.get().length()).strip();
            if (WHOLE.matcher(written).matches()
                    || kind == ColumnKind.AMOUNT && AMOUNT.matcher(written).matches()) {
                findings.warning(at, ImportMessages.unitDropped(name, text, unit.get(), written));
                text = written;
            }
        }
        return switch (kind) {
            case CHANGE -> Cell.written(text, null, Position.NONE);
            case AMOUNT ->
                AMOUNT.matcher(text).matches()
                        ? Cell.written(text, null, Position.NONE)
                        : lost(ImportMessages.notAnAmount(name, text), at);
            case COUNT -> count(text, annotated, name, at);
        };
    }

    private Cell count(String text, boolean annotated, String name, Origin at) {
        boolean fits = annotated
                ? LEADING_COUNT.matcher(text).matches()
                : WHOLE.matcher(text).matches();
        String digits = text.replaceFirst("^(\\d+).*$", "$1").replaceFirst("^0+(?=\\d)", "");
        if (!fits || digits.length() > MAX_DIGITS) {
            return lost(ImportMessages.notACount(name, text), at);
        }
        return Cell.written(text, new BigDecimal(text.replaceFirst("^(\\d+).*$", "$1")), Position.NONE);
    }

    private Cell lost(Message message, Origin at) {
        findings.warning(at, message);
        return Cell.lost(Position.NONE);
    }

    /** The unit a column names and a value may repeat: 件 for counts, 万元 or 元 where the header says so. */
    private static Optional<String> unitOf(ColumnKind kind, String header) {
        if (kind == ColumnKind.COUNT) {
            return Optional.of("件");
        }
        if (kind == ColumnKind.AMOUNT && header != null) {
            if (header.contains("万元")) {
                return Optional.of("万元");
            }
            if (header.matches(".*[（(]?单位[：:]?元.*")) {
                return Optional.of("元");
            }
        }
        return Optional.empty();
    }
}
