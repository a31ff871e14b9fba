package cn.zfxxgk.report.layout;

import cn.zfxxgk.report.form.LabelWords;
import cn.zfxxgk.report.layout.GridCell.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * How wide each column of a table is printed. The official widths are kept as proportions of the text width when
 * every column can hold the longest word of its labels at the largest table text the template may use (4号, 14 pt);
 * otherwise (table 三) each column but the widest label column is as wide as its longest word — in ems of the table
 * text, so it holds that word at any size — and the widest label column takes what is left. At the shipped 五号
 * (10.5 pt) that comes close to the official proportions, and at 14 pt {@code 自然人} and {@code 三、本年度办理结果}
 * still read as words.
 */
public final class ColumnWidths {

    /** The largest table text the widths are made for, in points: 4号. */
    public static final double LARGEST_TEXT = 14;

    /** The text width the table fills, in points: 156 mm. */
    public static final double TEXT_WIDTH = 442.2;

    /** Room a cell needs besides its text, in ems: the template's padding (0.15em each side), two borders and a little to spare. */
    public static final double CELL_ROOM = 0.5;

    /** The widest number a count column must hold, in characters: four digits. */
    private static final double NUMBER = 2;

    /** One column's width: a percentage of the table, ems of its text, or the rest ({@code amount} 0). */
    public record Width(double amount, boolean em) {

        /** The rest of the table's width. */
        public boolean rest() {
            return amount == 0;
        }
    }

    private ColumnWidths() {}

    /** The printed widths of {@code grid}'s columns. */
    public static List<Width> of(Grid grid) {
        double[] needed = longestWords(grid);
        List<Double> percents = grid.columnPercents();
        boolean official = true;
        for (int i = 0; i < needed.length; i++) {
            double width = percents.get(i) / 100 * TEXT_WIDTH;
            if (width < (needed[i] + CELL_ROOM) * LARGEST_TEXT) {
                official = false;
            }
        }
        List<Width> widths = new ArrayList<>();
        if (official) {
            percents.forEach(p -> widths.add(new Width(p, false)));
            return widths;
        }
        int widest = 0;
        double fixed = 0;
        for (int i = 0; i < needed.length; i++) {
            if (percents.get(i) > percents.get(widest)) {
                widest = i;
            }
        }
        for (int i = 0; i < needed.length; i++) {
            if (i != widest) {
                fixed += needed[i] + CELL_ROOM;
            }
        }
        if ((fixed + needed[widest] + CELL_ROOM) * LARGEST_TEXT > TEXT_WIDTH) {
            // no width holds every word at 14 pt (table 四: fifteen columns): keep the official proportions
            percents.forEach(p -> widths.add(new Width(p, false)));
            return widths;
        }
        for (int i = 0; i < needed.length; i++) {
            widths.add(new Width(i == widest ? 0 : needed[i] + CELL_ROOM, true));
        }
        return widths;
    }

    /**
     * The longest word, in characters, of the fixed cells that lie in one column only (a cell spanning columns may
     * break across them); a column of counts holds at least a four-digit number.
     */
    private static double[] longestWords(Grid grid) {
        double[] longest = new double[grid.columns()];
        List<List<Integer>> columns = grid.startColumns();
        for (int r = 0; r < grid.rows().size(); r++) {
            List<GridCell> cells = grid.rows().get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                GridCell cell = cells.get(c);
                if (cell.colspan() != 1) {
                    continue;
                }
                int column = columns.get(r).get(c);
                if (cell.role() == Role.VALUE) {
                    longest[column] = Math.max(longest[column], NUMBER);
                    continue;
                }
                for (String line : cell.lines()) {
                    for (String word : LabelWords.split(line)) {
                        longest[column] = Math.max(longest[column], characters(word));
                    }
                }
            }
        }
        return longest;
    }

    /** A word's width in characters: an ASCII character is half. */
    private static double characters(String word) {
        double width = 0;
        for (char c : word.toCharArray()) {
            width += c < 0x80 ? 0.5 : 1;
        }
        return width;
    }
}
