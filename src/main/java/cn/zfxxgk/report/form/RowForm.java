package cn.zfxxgk.report.form;

import java.util.Collections;
import java.util.List;

/**
 * One row of an official table.
 *
 * @param id the row's id in the model and its short YAML key, e.g. {@code 予以公开}
 * @param label the label printed in the table, e.g. {@code （一）予以公开}
 * @param columns what each value cell may hold, in printed order
 * @param spans how many grid columns each value cell spans (table 二 only; all 1 elsewhere)
 */
public record RowForm(String id, String label, List<ColumnKind> columns, List<Integer> spans) {

    public RowForm {
        columns = List.copyOf(columns);
        spans = List.copyOf(spans);
        if (columns.size() != spans.size()) {
            throw new IllegalArgumentException("row " + id + ": one span per column");
        }
    }

    /** A row of {@code n} count cells of one grid column each. */
    public static RowForm counts(String id, String label, int n) {
        return new RowForm(id, label, Collections.nCopies(n, ColumnKind.COUNT), Collections.nCopies(n, 1));
    }

    /** Whether the author's key names this row. */
    public boolean matches(String typed) {
        return Labels.matches(typed, shortName(), label);
    }

    /** The key an author writes: the id's last part ({@code 不予公开/属于国家秘密} is written {@code 属于国家秘密}). */
    public String shortName() {
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
