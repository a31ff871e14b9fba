package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.layout.Grid;
import cn.zfxxgk.report.layout.GridCell;
import cn.zfxxgk.report.layout.GridRow;
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

    private WordTables() {
    }

    /** The table of {@code grid} for a text block {@code textWidth} twips wide. */
    static String xml(Grid grid, int textWidth) {
        int[] shares = shares(grid.columnWidths(), WHOLE);
        int[] twips = shares(grid.columnWidths(), textWidth);
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
            out.append("<w:tr><w:trPr><w:cantSplit/>").append(rows.get(r).header() ? "<w:tblHeader/>" : "")
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
                out.append("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"").append(style(cell))
                        .append("\"/>").append(keep[r] ? "<w:keepNext/>" : "").append("</w:pPr>");
                if (!continuation) {
                    List<String> lines = cell.lines();
                    for (int i = 0; i < lines.size(); i++) {
                        out.append("<w:r>").append(i > 0 ? "<w:br/>" : "").append("<w:t xml:space=\"preserve\">")
                                .append(WordXml.escape(lines.get(i))).append("</w:t></w:r>");
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
     * first two groups with the header, so that a table starts on a page only where they fit. A group is the rows a
     * row-spanning cell joins, or the rows from a row whose one cell spans the whole table (a heading such as
     * 第二十条第（一）项) to the next such row, or else one row — the groups the PDF's pagination keeps together.
     */
    static boolean[] keepWithNext(Grid grid) {
        List<GridRow> rows = grid.rows();
        int count = rows.size();
        int[] reach = new int[count]; // the last row that row r's group reaches from r
        int heading = -1;
        for (int r = 0; r <= count; r++) {
            boolean isHeading = r < count && !rows.get(r).header() && rows.get(r).cells().size() == 1
                    && rows.get(r).cells().get(0).colspan() == grid.columns();
            if ((isHeading || r == count) && heading >= 0) {
                reach[heading] = Math.max(reach[heading], r - 1);
            }
            if (isHeading) {
                heading = r;
            }
            if (r < count) {
                reach[r] = Math.max(reach[r], r);
                for (GridCell cell : rows.get(r).cells()) {
                    reach[r] = Math.max(reach[r], r + cell.rowspan() - 1);
                }
            }
        }
        boolean[] keep = new boolean[count];
        int groups = 0;
        int groupEnd = -1;
        for (int r = 0; r + 1 < count; r++) {
            if (rows.get(r).header()) {
                keep[r] = true;
                continue;
            }
            groupEnd = Math.max(groupEnd, reach[r]);
            boolean joined = r < groupEnd;
            if (!joined) {
                groups++; // row r ends a group
            }
            keep[r] = joined || groups == 1;
        }
        return keep;
    }

    private static String style(GridCell cell) {
        return switch (cell.role()) {
            case NOTE -> "TableNote";
            case LABEL -> "TableLabel";
            default -> "TableText";
        };
    }

    /** The relative {@code widths} as shares of {@code whole}, adding up to {@code whole} exactly. */
    private static int[] shares(List<Integer> widths, int whole) {
        long total = widths.stream().mapToInt(Integer::intValue).sum();
        int[] shares = new int[widths.size()];
        long cumulative = 0;
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            cumulative += widths.get(i);
            int upTo = (int) Math.round((double) whole * cumulative / total);
            shares[i] = upTo - given;
            given = upTo;
        }
        return shares;
    }
}
