package cn.zfxxgk.report.layout;

import cn.zfxxgk.report.form.ActiveBlock;
import cn.zfxxgk.report.form.ActiveForm;
import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.form.HeaderCell;
import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.ResultGroup;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.layout.GridCell.Role;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the official grid of each table (§1.3–1.6 of the format reference) from the form and the report's values.
 * Blank and lost cells print empty; every other cell prints its text exactly as written.
 */
public final class TableLayout {

    private TableLayout() {}

    /** The grid of {@code table} in {@code format}. */
    public static Grid of(Table table, FormatVersion format) {
        OfficialForm form = OfficialForm.of(format);
        return switch (table.kind()) {
            case ACTIVE -> active(table, form.active());
            case APPLICATIONS -> applications(table, form.applications());
            case REVIEWS -> reviews(table);
        };
    }

    private static Grid active(Table table, ActiveForm form) {
        List<GridRow> rows = new ArrayList<>();
        for (ActiveBlock block : form.blocks()) {
            rows.add(new GridRow(List.of(GridCell.of(block.heading(), 4, 1, Role.ITEM)), false));
            rows.add(new GridRow(header(block.header()), false));
            for (RowForm row : block.rows()) {
                List<GridCell> cells = new ArrayList<>();
                cells.add(GridCell.of(row.label(), 1, 1, Role.LABEL));
                List<Cell> values = table.row(row.id());
                for (int i = 0; i < values.size(); i++) {
                    cells.add(value(values.get(i), row.spans().get(i)));
                }
                rows.add(new GridRow(cells, false));
            }
        }
        return new Grid(TableKind.ACTIVE, form.columnWidths(), rows, form.shadedHeadings());
    }

    private static Grid applications(Table table, ApplicationForm form) {
        List<GridRow> rows = new ArrayList<>();
        List<String> headers = form.headers();
        rows.add(new GridRow(
                List.of(
                        GridCell.of(form.note(), 3, 3, Role.NOTE),
                        GridCell.of(ApplicationForm.APPLICANTS, 7, 1, Role.HEADER)),
                true));
        rows.add(new GridRow(
                List.of(
                        GridCell.of(headers.get(0), 1, 2, Role.HEADER),
                        GridCell.of(ApplicationForm.ORGANISATIONS, 5, 1, Role.HEADER),
                        GridCell.of(headers.get(ApplicationForm.TOTAL), 1, 2, Role.HEADER)),
                true));
        List<GridCell> kinds = new ArrayList<>();
        for (int i = 1; i < ApplicationForm.TOTAL; i++) {
            kinds.add(GridCell.of(headers.get(i), 1, 1, Role.HEADER));
        }
        rows.add(new GridRow(kinds, true));
        rows.add(valueRow(
                List.of(GridCell.of(form.received().label(), 3, 1, Role.LABEL)),
                table.row(form.received().id())));
        rows.add(valueRow(
                List.of(GridCell.of(form.carried().label(), 3, 1, Role.LABEL)),
                table.row(form.carried().id())));
        int resultRows = form.resultRows().size() + 1;
        boolean first = true;
        for (ResultGroup group : form.results()) {
            boolean firstOfGroup = true;
            for (RowForm row : group.rows()) {
                List<GridCell> labels = new ArrayList<>();
                if (first) {
                    labels.add(GridCell.of(ApplicationForm.RESULTS, 1, resultRows, Role.LABEL));
                    first = false;
                }
                if (group.single()) {
                    labels.add(GridCell.of(group.label(), 2, 1, Role.LABEL));
                } else {
                    if (firstOfGroup) {
                        labels.add(GridCell.of(group.label(), 1, group.rows().size(), Role.LABEL));
                    }
                    labels.add(GridCell.of(row.label(), 1, 1, Role.LABEL));
                }
                firstOfGroup = false;
                rows.add(valueRow(labels, table.row(row.id())));
            }
        }
        rows.add(valueRow(
                List.of(GridCell.of(form.total().label(), 2, 1, Role.LABEL)),
                table.row(form.total().id())));
        rows.add(valueRow(
                List.of(GridCell.of(form.carriedOver().label(), 3, 1, Role.LABEL)),
                table.row(form.carriedOver().id())));
        return new Grid(TableKind.APPLICATIONS, form.columnWidths(), rows, false);
    }

    private static Grid reviews(Table table) {
        List<GridRow> rows = new ArrayList<>();
        rows.add(new GridRow(
                List.of(
                        GridCell.of(ReviewForm.REVIEW, 5, 1, Role.HEADER),
                        GridCell.of(ReviewForm.LAWSUIT, 10, 1, Role.HEADER)),
                true));
        List<GridCell> second = new ArrayList<>();
        ReviewForm.HEADERS.forEach(h -> second.add(GridCell.of(h, 1, 2, Role.HEADER)));
        second.add(GridCell.of(ReviewForm.DIRECT, 5, 1, Role.HEADER));
        second.add(GridCell.of(ReviewForm.AFTER_REVIEW, 5, 1, Role.HEADER));
        rows.add(new GridRow(second, true));
        List<GridCell> third = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            ReviewForm.HEADERS.forEach(h -> third.add(GridCell.of(h, 1, 1, Role.HEADER)));
        }
        rows.add(new GridRow(third, true));
        List<GridCell> values = new ArrayList<>();
        for (RowForm row : ReviewForm.ROWS) {
            table.row(row.id()).forEach(cell -> values.add(value(cell, 1)));
        }
        rows.add(new GridRow(values, false));
        return new Grid(TableKind.REVIEWS, ReviewForm.COLUMN_WIDTHS, rows, false);
    }

    private static List<GridCell> header(List<HeaderCell> cells) {
        return cells.stream()
                .map(c -> GridCell.of(c.text(), c.colspan(), c.rowspan(), Role.HEADER))
                .toList();
    }

    private static GridRow valueRow(List<GridCell> labels, List<Cell> values) {
        List<GridCell> cells = new ArrayList<>(labels);
        values.forEach(v -> cells.add(value(v, 1)));
        return new GridRow(cells, false);
    }

    private static GridCell value(Cell cell, int colspan) {
        return new GridCell(List.of(cell.text()), colspan, 1, Role.VALUE);
    }
}
