package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.layout.ColumnWidths;
import cn.zfxxgk.report.layout.Grid;
import cn.zfxxgk.report.layout.GridCell;
import cn.zfxxgk.report.layout.GridRow;
import cn.zfxxgk.report.template.PrintedTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the editor changed of a table in the HTML template, applied to the Word table: a fixed label reworded (the
 * template's {@code labels} map, or any other way the template prints it) and the column widths it prints. The
 * widths are by default {@link ColumnWidths}' — the HTML's and the PDF's — so the three formats cannot drift apart.
 * A printed table whose cells do not match the official grid one for one (an editor who reshaped the HTML table) leaves
 * the official labels; widths the Word table cannot follow ({@code px}, a different number of columns) leave the
 * official widths.
 */
final class WordTableEdits {

    private static final Pattern WIDTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(%|em)");

    private WordTableEdits() {}

    /** {@code grid} with each fixed label as {@code printed} prints it. */
    static Grid labelled(Grid grid, Optional<PrintedTables.Printed> printed) {
        int count = grid.rows().stream().mapToInt(r -> r.cells().size()).sum();
        if (printed.isEmpty() || printed.get().cells().size() != count) {
            return grid;
        }
        List<List<String>> texts = printed.get().cells();
        List<GridRow> rows = new ArrayList<>();
        int at = 0;
        for (GridRow row : grid.rows()) {
            List<GridCell> cells = new ArrayList<>();
            for (GridCell cell : row.cells()) {
                List<String> lines = texts.get(at++);
                boolean reworded = cell.role() != GridCell.Role.VALUE
                        && !String.join("", lines).equals(cell.text());
                cells.add(reworded ? new GridCell(lines, cell.colspan(), cell.rowspan(), cell.role()) : cell);
            }
            rows.add(new GridRow(cells, row.header()));
        }
        return new Grid(grid.kind(), grid.columnWidths(), rows, grid.shadedItems());
    }

    /** The widths {@code printed} gives {@code grid}'s columns, or {@link ColumnWidths}' when it gives none usable. */
    static List<ColumnWidths.Width> widths(Grid grid, Optional<PrintedTables.Printed> printed) {
        List<ColumnWidths.Width> official = ColumnWidths.of(grid);
        if (printed.isEmpty() || printed.get().columns().size() != grid.columns()) {
            return official;
        }
        List<ColumnWidths.Width> widths = new ArrayList<>();
        for (String css : printed.get().columns()) {
            if (css.equals("auto")) {
                widths.add(new ColumnWidths.Width(0, false));
                continue;
            }
            Matcher width = WIDTH.matcher(css);
            if (!width.matches()) {
                return official;
            }
            widths.add(new ColumnWidths.Width(
                    Double.parseDouble(width.group(1)), width.group(2).equals("em")));
        }
        return widths;
    }
}
