package cn.zfxxgk.report.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which header cells name each value cell of a grid, so that a screen reader announces 自然人 and 一、本年新收政府信息公开申请数量
 * for a number of table 三 (HTML's {@code headers} attribute, WCAG 2.1 technique H43: the official tables have
 * headers on several levels, for which {@code scope} alone is not enough).
 *
 * <p>A value's column headers are found by walking up its columns: value and label rows directly above are passed
 * over until the first header or item cell, then header and item cells are taken until the next value or label row
 * (table 二 is a stack of small tables, each under its own 第二十条 heading and header row). Its row headers are the
 * label and item cells to its left in its rows, rows spanned from above included. Cells are named by position, row
 * and column of their top-left corner in the grid, counted from 0.
 */
public final class TableHeaders {

    /** A cell's position: the row and grid column of its top-left corner. */
    public record At(int row, int column) {}

    private final Grid grid;
    private final GridCell[][] cells;
    private final At[][] origins;

    private TableHeaders(Grid grid) {
        this.grid = grid;
        int rowCount = grid.rows().size();
        this.cells = new GridCell[rowCount][grid.columns()];
        this.origins = new At[rowCount][grid.columns()];
        List<List<Integer>> starts = grid.startColumns();
        for (int r = 0; r < rowCount; r++) {
            List<GridCell> row = grid.rows().get(r).cells();
            for (int i = 0; i < row.size(); i++) {
                GridCell cell = row.get(i);
                At origin = new At(r, starts.get(r).get(i));
                for (int dr = 0; dr < cell.rowspan() && r + dr < rowCount; dr++) {
                    for (int dc = 0; dc < cell.colspan() && origin.column() + dc < grid.columns(); dc++) {
                        cells[r + dr][origin.column() + dc] = cell;
                        origins[r + dr][origin.column() + dc] = origin;
                    }
                }
            }
        }
    }

    /** The headers of {@code grid}. */
    public static TableHeaders of(Grid grid) {
        return new TableHeaders(grid);
    }

    /** Whether a cell is a header (th): a column header, a 第二十条 item or a row label; values and the note are not. */
    public static boolean isHeader(GridCell cell) {
        return cell.role() == GridCell.Role.HEADER
                || cell.role() == GridCell.Role.ITEM
                || cell.role() == GridCell.Role.LABEL;
    }

    /** The positions of the cells of row {@code row}, in order. */
    public List<At> positions(int row) {
        List<At> list = new ArrayList<>();
        for (int c : grid.startColumns().get(row)) {
            list.add(new At(row, c));
        }
        return list;
    }

    /**
     * The header cells of the value cell at {@code at}: its column headers from the top down, then its row headers
     * from the left; empty for a cell that is not a value.
     */
    public List<At> of(At at) {
        GridCell cell = cells[at.row()][at.column()];
        if (cell == null || cell.role() != GridCell.Role.VALUE) {
            return List.of();
        }
        Set<At> columnHeaders = new LinkedHashSet<>();
        for (int c = at.column(); c < at.column() + cell.colspan() && c < grid.columns(); c++) {
            columnHeaders.addAll(columnHeaders(at.row(), c));
        }
        List<At> headers = new ArrayList<>(columnHeaders);
        headers.sort((a, b) ->
                a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.column(), b.column()));
        Set<At> rowHeaders = new LinkedHashSet<>();
        for (int r = at.row(); r < at.row() + cell.rowspan() && r < cells.length; r++) {
            for (int c = 0; c < at.column(); c++) {
                if (cells[r][c] != null && isHeader(cells[r][c])) {
                    rowHeaders.add(origins[r][c]);
                }
            }
        }
        headers.addAll(rowHeaders);
        return List.copyOf(headers);
    }

    private List<At> columnHeaders(int row, int column) {
        List<At> found = new ArrayList<>();
        for (int r = row - 1; r >= 0; r--) {
            GridCell above = cells[r][column];
            if (above == null || found.contains(origins[r][column])) {
                continue; // a header spanning several rows is met once per row
            }
            if (above.role() == GridCell.Role.HEADER || above.role() == GridCell.Role.ITEM) {
                found.add(origins[r][column]);
            } else if (!found.isEmpty()) {
                break;
            }
        }
        return found;
    }
}
