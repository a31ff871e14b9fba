package cn.zfxxgk.report.render.pdf;

import com.openhtmltopdf.newtable.TableBox;
import com.openhtmltopdf.newtable.TableCellBox;
import com.openhtmltopdf.newtable.TableRowBox;
import com.openhtmltopdf.newtable.TableSectionBox;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.ContentLimit;
import com.openhtmltopdf.render.ContentLimitContainer;
import com.openhtmltopdf.render.PageBox;
import java.util.List;

/**
 * Makes openhtmltopdf (1.1.65) draw every border of a table's row-spanning cells on every page, run on the laid-out
 * pages before they are painted. Two of its page limits go wrong for such cells:
 * <ul>
 * <li>a header cell spanning rows ({@code 自然人}, the 勾稽 note) loses all its borders where the header repeats:
 * {@code TableCellBox.adjustBoundsToAvoidTheadOverlap}, meant for body cells that continue under a repeated header,
 * also moves the header's own cells below the header, to nothing. It applies on pages after the first of the cell's
 * row's content limits, so the header rows get the limits of the table's last row, which start on its last page;</li>
 * <li>a body cell spanning rows over three pages or more ({@code 三、本年度办理结果} at 14 pt) has no limits on the
 * pages in between, where its own text is not, and so is drawn down to the foot of the page, past the table's last
 * row there: those limits become the extent of the rows it spans on that page.</li>
 * </ul>
 */
final class SpanningCellBorders {

    private SpanningCellBorders() {}

    /** Fixes the page limits of the row-spanning cells of every table under {@code root}. */
    static void apply(BlockBox root) {
        apply(root, root.getLayer().getPages());
    }

    private static void apply(Box box, List<PageBox> pages) {
        if (box instanceof TableBox table) {
            repeatHeaderBorders(table);
        }
        if (box instanceof TableCellBox cell
                && cell.getStyle().getRowSpan() > 1
                && cell.getParent() instanceof TableRowBox row
                && !cell.getSection().isHeader()
                && row.getContentLimitContainer() != null) {
            limit(cell, row, row.getContentLimitContainer(), pages);
        }
        for (Box child : box.getChildren()) {
            apply(child, pages);
        }
    }

    /** Gives the header rows the page limits of the table's last row. */
    private static void repeatHeaderBorders(TableBox table) {
        ContentLimitContainer last = null;
        for (Box section : table.getChildren()) {
            for (Box row : section.getChildren()) {
                ContentLimitContainer limits = ((TableRowBox) row).getContentLimitContainer();
                if (!((TableSectionBox) section).isHeader()
                        && limits != null
                        && (last == null || limits.getInitialPageNo() >= last.getInitialPageNo())) {
                    last = limits;
                }
            }
        }
        if (last == null) {
            return;
        }
        for (Box section : table.getChildren()) {
            if (((TableSectionBox) section).isHeader()) {
                for (Box row : section.getChildren()) {
                    ((TableRowBox) row).setContentLimitContainer(last);
                }
            }
        }
    }

    private static void limit(TableCellBox cell, TableRowBox first, ContentLimitContainer limits, List<PageBox> pages) {
        for (int page = limits.getInitialPageNo(); page <= limits.getLastPageNo() && page < pages.size(); page++) {
            ContentLimit limit = limits.getContentLimit(page);
            if (limit == null
                    || (limit.getTop() != ContentLimit.UNDEFINED && limit.getBottom() != ContentLimit.UNDEFINED)) {
                continue;
            }
            PageBox pageBox = pages.get(page);
            int top = Integer.MAX_VALUE;
            int bottom = Integer.MIN_VALUE;
            Box row = first;
            for (int i = 0; i < cell.getStyle().getRowSpan() && row != null; i++, row = row.getNextSibling()) {
                if (row.getAbsY() >= pageBox.getTop() && row.getAbsY() < pageBox.getBottom()) {
                    top = Math.min(top, row.getAbsY());
                    bottom = Math.max(bottom, row.getAbsY() + row.getHeight());
                }
            }
            if (top <= bottom) {
                limit.setTop(top);
                limit.setBottom(bottom);
            }
        }
    }
}
