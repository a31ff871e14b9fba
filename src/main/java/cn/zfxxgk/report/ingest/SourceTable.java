package cn.zfxxgk.report.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a rectangular grid with every span expanded: row {@code r}, column {@code c} is the cell that covers that
 * position, whatever its colspan or rowspan were, so a 5-column grid for a 4-column form and a label split over
 * merged rows read the same as the official layout.
 */
public record SourceTable(List<List<Slot>> rows, Origin at) implements Block {

    public SourceTable {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A cell as a file states it: its text, spans and position. */
    public record Spanned(String text, int colspan, int rowspan, Origin at) {}

    /**
     * The grid of rows of cells with spans, laid out as a browser lays out an HTML table: each cell takes the first
     * position its row leaves free of cells spanning down from above. Short rows are padded with empty positions.
     */
    public static SourceTable of(List<List<Spanned>> rows, Origin at) {
        List<List<Slot>> grid = new ArrayList<>();
        int cellNumber = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<Slot> row = row(grid, r);
            int column = 0;
            for (Spanned cell : rows.get(r)) {
                while (column < row.size() && row.get(column) != null) {
                    column++;
                }
                Slot slot = new Slot(cell.text(), cell.at(), cellNumber++);
                int rowspan = Math.max(1, Math.min(cell.rowspan(), rows.size() - r));
                int colspan = Math.max(1, Math.min(cell.colspan(), 100));
                for (int down = 0; down < rowspan; down++) {
                    List<Slot> target = row(grid, r + down);
                    for (int across = 0; across < colspan; across++) {
                        while (target.size() <= column + across) {
                            target.add(null);
                        }
                        if (target.get(column + across) == null) {
                            target.set(column + across, slot);
                        }
                    }
                }
                column += colspan;
            }
        }
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        List<List<Slot>> filled = new ArrayList<>();
        for (List<Slot> row : grid) {
            List<Slot> complete = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Slot slot = c < row.size() ? row.get(c) : null;
                complete.add(slot != null ? slot : new Slot("", at, cellNumber++));
            }
            filled.add(complete);
        }
        return new SourceTable(filled, at);
    }

    private static List<Slot> row(List<List<Slot>> grid, int r) {
        while (grid.size() <= r) {
            grid.add(new ArrayList<>());
        }
        return grid.get(r);
    }

    /** The number of grid columns. */
    public int width() {
        return rows.isEmpty() ? 0 : rows.get(0).size();
    }

    /** All text of the table, for telling which official table it is. */
    public String text() {
        StringBuilder text = new StringBuilder();
        int last = -1;
        for (List<Slot> row : rows) {
            for (Slot slot : row) {
                if (slot.cell() != last) {
                    text.append(slot.text()).append(' ');
                    last = slot.cell();
                }
            }
        }
        return text.toString();
    }
}
