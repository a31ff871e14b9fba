package cn.zfxxgk.report.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one official table, keyed by the official row id of the form (see the {@code form} package), each
 * row holding its cells in the printed column order. Labels and layout come from the form, not from here.
 */
public record Table(TableKind kind, Map<String, List<Cell>> rows, Position at) {

    public Table {
        Map<String, List<Cell>> copy = new LinkedHashMap<>();
        rows.forEach((id, cells) -> copy.put(id, List.copyOf(cells)));
        rows = Collections.unmodifiableMap(copy);
    }

    /** The cells of the row with this id; the loader guarantees every row of the form is present. */
    public List<Cell> row(String id) {
        List<Cell> cells = rows.get(id);
        if (cells == null) {
            throw new IllegalArgumentException("no row '" + id + "' in table " + kind.key());
        }
        return cells;
    }
}
