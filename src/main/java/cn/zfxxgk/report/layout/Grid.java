package cn.zfxxgk.report.layout;

import cn.zfxxgk.report.model.TableKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A table exactly as the official template draws it: rows of cells with rowspan and colspan, and the template's
 * relative column widths.
 */
public record Grid(TableKind kind, List<Integer> columnWidths, List<GridRow> rows, boolean shadedItems) {

    public Grid {
        columnWidths = List.copyOf(columnWidths);
        rows = List.copyOf(rows);
    }

    /** The number of grid columns. */
    public int columns() {
        return columnWidths.size();
    }

    /** Each column's share of the table width in percent, rounded so they add up to 100. */
    public List<Double> columnPercents() {
        double total = columnWidths.stream().mapToInt(Integer::intValue).sum();
        return columnWidths.stream()
                .map(w -> Math.round(w * 10000 / total) / 100.0)
                .toList();
    }

    /** The grid column each cell of each row starts in, the columns taken by cells spanning rows from above skipped. */
    public List<List<Integer>> startColumns() {
        int columnCount = columns();
        List<boolean[]> taken = new ArrayList<>();
        List<List<Integer>> starts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Integer> rowStarts = new ArrayList<>();
            int column = 0;
            for (GridCell cell : rows.get(r).cells()) {
                while (column < columnCount && taken(taken, r)[column]) {
                    column++;
                }
                rowStarts.add(column);
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan() && column + dc < columnCount; dc++) {
                        taken(taken, r + dr)[column + dc] = true;
                    }
                }
                column += cell.colspan();
            }
            starts.add(List.copyOf(rowStarts));
        }
        return List.copyOf(starts);
    }

    private boolean[] taken(List<boolean[]> taken, int row) {
        while (taken.size() <= row) {
            taken.add(new boolean[columns()]);
        }
        return taken.get(row);
    }

    /**
     * The body rows in the groups a page break should not split: the rows a row-spanning cell joins, the rows from a
     * row whose one cell spans the whole table (a heading such as 第二十条第（一）项) to the next such row, and every
     * other row on its own; outermost groups only, in order.
     */
    public List<List<GridRow>> bodyGroups() {
        List<GridRow> body = rows.stream().filter(r -> !r.header()).toList();
        int[] groupEnd = new int[body.size()];
        for (int i = 0; i < body.size(); i++) {
            groupEnd[i] = i;
        }
        int heading = -1;
        for (int i = 0; i <= body.size(); i++) {
            boolean isHeading = i < body.size()
                    && body.get(i).cells().size() == 1
                    && body.get(i).cells().get(0).colspan() == columns();
            if ((isHeading || i == body.size()) && heading >= 0) {
                groupEnd[heading] = Math.max(groupEnd[heading], i - 1);
            }
            if (isHeading) {
                heading = i;
            }
            if (i < body.size()) {
                for (GridCell cell : body.get(i).cells()) {
                    groupEnd[i] = Math.max(groupEnd[i], Math.min(body.size() - 1, i + cell.rowspan() - 1));
                }
            }
        }
        List<List<GridRow>> groups = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            int end = groupEnd[i];
            for (int j = i; j <= end; j++) {
                end = Math.max(end, groupEnd[j]);
            }
            groups.add(body.subList(i, end + 1));
            i = end + 1;
        }
        return groups;
    }
}
