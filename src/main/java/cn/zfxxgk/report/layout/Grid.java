package cn.zfxxgk.report.layout;

import cn.zfxxgk.report.model.TableKind;
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
        return columnWidths.stream().map(w -> Math.round(w * 10000 / total) / 100.0).toList();
    }
}
