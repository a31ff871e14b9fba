package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.layout.ColumnWidths;
import cn.zfxxgk.report.layout.Grid;
import cn.zfxxgk.report.layout.GridCell;
import cn.zfxxgk.report.layout.GridRow;
import cn.zfxxgk.report.markup.XmlText;
import java.util.List;

/**
 * An official table grid as WordprocessingML: {@code w:gridSpan} for column spans, {@code w:vMerge restart} plus an
 * empty continuation cell in every following row for row spans. Widths are percentages of the text width (the grid's
 * twips follow the template's margins), so the table fills the text block whatever the page setup.
 *
 * <p>The table has the PDF's space above and below it, and pages break as in the PDF: no row splits
 * ({@code w:cantSplit}), header rows repeat on each page ({@code w:tblHeader}), a group of rows (joined by a
 * row-spanning label, or under a heading row such as 第二十条第（一）项) is kept together (keep-with-next inside the
 * group), and a table starts on the current page when its header rows and first two groups fit there; nothing keeps a
 * whole table together. Borders and fonts come
 * from the template's styles {@code ReportTable}, {@code TableText}, {@code TableLabel} and {@code TableNote}, so an
 * editor changes them in Word.
 */
final class WordTables {

    /** A whole table's width in fiftieths of a percent, the unit of {@code w:type="pct"}. */
    private static final int WHOLE = 5000;

    /**
     * The space the PDF leaves above (7 pt) and below (14 pt) a table, as empty paragraphs of that exact height off the
     * line grid: Word has no margin for a table that flows with the text. The one above is kept with the table.
     */
    static final String SPACE_ABOVE = "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:keepNext/>"
            + "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"140\" w:lineRule=\"exact\"/></w:pPr></w:p>";

    static final String SPACE_BELOW = "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:snapToGrid w:val=\"0\"/>"
            + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"280\" w:lineRule=\"exact\"/></w:pPr></w:p>";

    private WordTables() {}

    /**
     * The table of {@code grid} for a text block {@code textWidth} twips wide, its columns {@code widths} wide (em in
     * the table text's {@code emPoints}).
     */
    static String xml(Grid grid, List<ColumnWidths.Width> widths, int textWidth, double emPoints) {
        int[] twips = twips(widths, textWidth, emPoints);
        double[] relative = new double[twips.length];
        for (int i = 0; i < twips.length; i++) {
            relative[i] = twips[i];
        }
        int[] shares = shares(relative, WHOLE);
        StringBuilder out = new StringBuilder(SPACE_ABOVE + "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/>"
                + "<w:tblW w:w=\"" + WHOLE + "\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int width : twips) {
            out.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        out.append("</w:tblGrid>");
        List<GridRow> rows = grid.rows();
        int columns = grid.columns();
        // which cell covers each (row, column): the origin cell of a span, remembered with where it starts
        GridCell[][] covering = new GridCell[rows.size()][columns];
        int[][] originRow = new int[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (GridCell cell : rows.get(r).cells()) {
                while (c < columns && covering[r][c] != null) {
                    c++;
                }
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        covering[r + dr][c + dc] = cell;
                        originRow[r + dr][c + dc] = r;
                    }
                }
                c += cell.colspan();
            }
        }
        boolean[] keep = keepWithNext(grid);
        for (int r = 0; r < rows.size(); r++) {
            out.append("<w:tr><w:trPr><w:cantSplit/>")
                    .append(rows.get(r).header() ? "<w:tblHeader/>" : "")
                    .append("</w:trPr>");
            int c = 0;
            while (c < columns) {
                GridCell cell = covering[r][c];
                int span = cell.colspan();
                int width = 0;
                for (int i = c; i < c + span; i++) {
                    width += shares[i];
                }
                boolean continuation = originRow[r][c] != r;
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"pct\"/>");
                if (span > 1) {
                    out.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
                }
                if (cell.rowspan() > 1) {
                    out.append(continuation ? "<w:vMerge/>" : "<w:vMerge w:val=\"restart\"/>");
                }
                if (cell.role() == GridCell.Role.ITEM && grid.shadedItems()) {
                    out.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"C6D9F1\"/>");
                }
                out.append("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"")
                        .append(style(cell))
                        .append("\"/>")
                        .append(keep[r] ? "<w:keepNext/>" : "")
                        .append("</w:pPr>");
                if (!continuation) {
                    List<String> lines = cell.lines();
                    for (int i = 0; i < lines.size(); i++) {
                        out.append("<w:r>")
                                .append(i > 0 ? "<w:br/>" : "")
                                .append("<w:t xml:space=\"preserve\">")
                                .append(XmlText.escape(lines.get(i)))
                                .append("</w:t></w:r>");
                    }
                }
                out.append("</w:p></w:tc>");
                c += span;
            }
            out.append("</w:tr>");
        }
        return out.append("</w:tbl>").append(SPACE_BELOW).toString();
    }

    /**
     * Which rows are kept on the page of the row after them (keep-with-next in Word's sense), so that pages break as
     * in the PDF: the header rows; every row of a group but its last; and the first group's last row, which keeps the
     * first two groups with the header, so that a table starts on a page only where they fit. The groups are
     * {@link Grid#bodyGroups()}, the ones the HTML's {@code tbody} elements and the PDF's pagination keep together.
     */
    static boolean[] keepWithNext(Grid grid) {
        List<GridRow> rows = grid.rows();
        boolean[] keep = new boolean[rows.size()];
        int r = 0;
        while (r < rows.size() && rows.get(r).header()) {
            keep[r++] = true;
        }
        List<List<GridRow>> groups = grid.bodyGroups();
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < groups.get(g).size(); i++, r++) {
                keep[r] = i + 1 < groups.get(g).size() || g == 0;
            }
        }
        if (rows.size() > 0) {
            keep[rows.size() - 1] = false; // nothing after the table to keep it with
        }
        return keep;
    }

    /**
     * Each column's width in twips for a text block {@code textWidth} twips wide, from the widths the HTML and the PDF
     * print ({@link ColumnWidths}): a percentage of the text width, ems of the table text ({@code emPoints} points) or
     * the rest; when they need more than the text width, all are scaled down to fill it exactly.
     */
    static int[] twips(List<ColumnWidths.Width> widths, int textWidth, double emPoints) {
        double[] wanted = new double[widths.size()];
        double fixed = 0;
        int rest = 0;
        for (int i = 0; i < wanted.length; i++) {
            ColumnWidths.Width width = widths.get(i);
            wanted[i] =
                    width.rest() ? 0 : width.em() ? width.amount() * emPoints * 20 : width.amount() / 100 * textWidth;
            fixed += wanted[i];
            rest += width.rest() ? 1 : 0;
        }
        double left = textWidth - fixed;
        if (rest > 0 && left > 0) {
            for (int i = 0; i < wanted.length; i++) {
                wanted[i] = widths.get(i).rest() ? left / rest : wanted[i];
            }
        }
        return shares(wanted, textWidth);
    }

    private static String style(GridCell cell) {
        return switch (cell.role()) {
            case NOTE -> "TableNote";
            case LABEL -> "TableLabel";
            default -> "TableText";
        };
    }

    /** The relative {@code widths} as shares of {@code whole}, adding up to {@code whole} exactly. */
    static int[] shares(double[] widths, int whole) {
        double total = 0;
        for (double width : widths) {
            total += width;
        }
        int[] shares = new int[widths.length];
        double cumulative = 0;
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            cumulative += widths[i];
            int upTo = (int) Math.round((double) whole * cumulative / total);
            shares[i] = upTo - given;
            given = upTo;
        }
        return shares;
    }
}
