package cn.zfxxgk.report.layout;

import java.util.List;

/** One printed row of a table grid; header rows repeat when a table breaks across pages. */
public record GridRow(List<GridCell> cells, boolean header) {

    public GridRow {
        cells = List.copyOf(cells);
    }
}
