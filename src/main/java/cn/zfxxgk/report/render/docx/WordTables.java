package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.layout.Grid;
import cn.zfxxgk.report.layout.GridCell;
import cn.zfxxgk.report.layout.GridRow;
import java.util.List;

/**
 * An official table grid as WordprocessingML: {@code w:gridSpan} for column spans, {@code w:vMerge restart} plus an
 * empty continuation cell in every following row for row spans, header rows that repeat on each page, rows that do not
 * split, and a table that fits on one page kept on one page. Borders and fonts come from the template's styles {@code ReportTable}, {@code TableText}, {@code TableLabel}
 * and {@code TableNote}, so an editor changes them in Word.
 */
final class WordTables {

    /** The text width of an A4 page with GB/T 9704 margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 11906 - 1588 - 1474;

    private WordTables() {
    }

    static String xml(Grid grid) {
        int[] widths = widths(grid);
        StringBuilder out = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/>"
                + "<w:tblW w:w=\"" + TEXT_WIDTH + "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int width : widths) {
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
        for (int r = 0; r < rows.size(); r++) {
            out.append("<w:tr><w:trPr><w:cantSplit/>").append(rows.get(r).header() ? "<w:tblHeader/>" : "")
                    .append("</w:trPr>");
            int c = 0;
            while (c < columns) {
                GridCell cell = covering[r][c];
                int span = cell.colspan();
                int width = 0;
                for (int i = c; i < c + span; i++) {
                    width += widths[i];
                }
                boolean continuation = originRow[r][c] != r;
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
                if (span > 1) {
                    out.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
                }
                if (cell.rowspan() > 1) {
                    out.append(continuation ? "<w:vMerge/>" : "<w:vMerge w:val=\"restart\"/>");
                }
                if (cell.role() == GridCell.Role.ITEM && grid.shadedItems()) {
                    out.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"C6D9F1\"/>");
                }
                // keep-with-next in every row but the last keeps a table that fits on one page (as in the PDF)
                out.append("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"").append(style(cell))
                        .append("\"/>").append(r + 1 < rows.size() ? "<w:keepNext/>" : "").append("</w:pPr>");
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
        return out.append("</w:tbl>").toString();
    }

    private static String style(GridCell cell) {
        return switch (cell.role()) {
            case NOTE -> "TableNote";
            case LABEL -> "TableLabel";
            default -> "TableText";
        };
    }

    /** The grid's column widths in twips, adding up to the text width exactly. */
    private static int[] widths(Grid grid) {
        List<Integer> relative = grid.columnWidths();
        int total = relative.stream().mapToInt(Integer::intValue).sum();
        int[] widths = new int[relative.size()];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == widths.length - 1 ? TEXT_WIDTH - used : Math.round((float) TEXT_WIDTH * relative.get(i) / total);
            used += widths[i];
        }
        return widths;
    }
}
