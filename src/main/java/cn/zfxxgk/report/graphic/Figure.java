package cn.zfxxgk.report.graphic;

import java.util.List;

/**
 * One number of the graphic with what it is called, where it comes from and last year's number beside it.
 *
 * @param label the official label of the number ({@code 本年新收}, {@code （三）不予公开}, {@code 结果维持})
 * @param text the number as printed: the cell's text exactly as the table prints it; {@code 0} for a cell left blank
 *     (the tables count it 0); {@code —} for a value the source lost; for a figure of several cells (the total of a
 *     group of 办理结果 rows), their sum
 * @param value the number to scale a bar by ({@code 0} when unknown or not a number)
 * @param cells the table cells the number is, or is the sum of
 * @param lastYear last year's number, printed the same way, or {@code null} when last year's report is not given or
 *     has no such cell
 * @param lastYearValue last year's number to scale a bar by
 * @param lastYearCells the cells of last year's report that {@code lastYear} is (other rows when last year's report is
 *     of the other format); empty when there is no last year's number
 */
public record Figure(
        String label,
        String text,
        double value,
        List<CellRef> cells,
        String lastYear,
        double lastYearValue,
        List<CellRef> lastYearCells) {

    /** What is printed for a number the source lost. */
    public static final String UNKNOWN = "—";

    public Figure {
        cells = List.copyOf(cells);
        lastYearCells = lastYear == null ? List.of() : List.copyOf(lastYearCells);
    }

    /** Whether last year's number is given. */
    public boolean hasLastYear() {
        return lastYear != null;
    }
}
