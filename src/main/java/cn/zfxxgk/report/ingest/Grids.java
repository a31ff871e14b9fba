package cn.zfxxgk.report.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small readings of a table grid shared by the table readers. */
final class Grids {

    private static final Pattern VALUE_LIKE = Pattern.compile(
            "\\s*|[-—–－―‐/／\\\\、×xX无]+|[增减+\\-−±]?\\s*" + "[\\d０-９][\\d０-９,，.．]*\\s*(件|万元|元|%|％)?\\s*([（(].*[）)])?");

    private Grids() {}

    /** The cells of a row from left to right, each once however many columns it spans. */
    static List<Slot> distinct(List<Slot> row) {
        List<Slot> cells = new ArrayList<>();
        for (Slot slot : row) {
            if (cells.isEmpty() || cells.get(cells.size() - 1).cell() != slot.cell()) {
                cells.add(slot);
            }
        }
        return cells;
    }

    /** The grid column where {@code slot}'s cell starts in {@code row}. */
    static int columnOf(List<Slot> row, Slot slot) {
        for (int c = 0; c < row.size(); c++) {
            if (row.get(c).cell() == slot.cell()) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a cell's text looks like a value (a number, a dash, blank) rather than a label. */
    static boolean valueLike(String text) {
        return VALUE_LIKE.matcher(Texts.clean(text)).matches();
    }

    /** The label cells of a row (those not holding values), left to right, each once. */
    static List<Slot> labels(List<Slot> row) {
        return distinct(row).stream().filter(s -> !valueLike(s.text())).toList();
    }
}
