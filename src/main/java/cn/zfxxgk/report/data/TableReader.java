package cn.zfxxgk.report.data;

import cn.zfxxgk.report.form.ActiveForm;
import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.form.ColumnKind;
import cn.zfxxgk.report.form.ResultGroup;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the three official tables. Each row is keyed by its official label (short or full: {@code 予以公开} or
 * {@code （一）予以公开}) and written on one line in the form's column order; a 总计 the author leaves out is computed.
 */
final class TableReader {

    private final Problems problems;
    private final CellReader cells;

    TableReader(Problems problems) {
        this.problems = problems;
        this.cells = new CellReader(problems);
    }

    /** Table 二 from its mapping. */
    Optional<Table> active(Mapping table, ActiveForm form) {
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        boolean complete = true;
        for (RowForm row : form.rows()) {
            List<String> headers = form.columnNames(row);
            Optional<Mapping.Entry> entry = find(table, row::matches, row.shortName());
            if (entry.isEmpty()) {
                missing(table, TableKind.ACTIVE.key(), row.shortName(), headers);
                complete = false;
                continue;
            }
            String name = TableKind.ACTIVE.key() + " " + row.label();
            Optional<List<Cell>> read = exactRow(entry.get(), row, name, headers, true);
            read.ifPresent(cellsOfRow -> rows.put(row.id(), cellsOfRow));
            complete &= read.isPresent();
        }
        table.rejectUnknown(
                DataMessages.Term.same(TableKind.ACTIVE.key()),
                form.rows().stream().map(RowForm::shortName).toList());
        return complete ? Optional.of(new Table(TableKind.ACTIVE, rows, table.at())) : Optional.empty();
    }

    /** Table 三 from its mapping; 总计 cells and the （七）总计 row may be left out and are then computed. */
    Optional<Table> applications(Mapping table, ApplicationForm form) {
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        boolean complete = true;
        List<String> allowed = new ArrayList<>();
        for (RowForm row : List.of(form.received(), form.carried())) {
            complete &= applicationRow(table, row, form, rows);
            allowed.add(row.shortName());
        }
        for (ResultGroup group : form.results()) {
            allowed.add(group.name());
            complete &= group.single()
                    ? applicationRow(table, group.rows().get(0), form, rows)
                    : resultGroup(table, group, form, rows);
        }
        Optional<Mapping.Entry> total =
                find(table, form.total()::matches, form.total().shortName());
        if (total.isPresent()) {
            Optional<List<Cell>> read = countRow(
                    total.get(),
                    form.total(),
                    TableKind.APPLICATIONS.key() + " " + form.name(form.total()),
                    ApplicationForm.COLUMNS,
                    ApplicationForm.TOTAL);
            read.ifPresent(r -> rows.put(form.total().id(), r));
            complete &= read.isPresent();
        }
        allowed.add(form.total().shortName());
        complete &= applicationRow(table, form.carriedOver(), form, rows);
        allowed.add(form.carriedOver().shortName());
        table.rejectUnknown(DataMessages.Term.same(TableKind.APPLICATIONS.key()), allowed);
        if (!complete) {
            return Optional.empty();
        }
        if (total.isEmpty()) {
            rows.put(form.total().id(), columnSums(form.resultRows(), rows, table.at()));
        }
        return Optional.of(new Table(TableKind.APPLICATIONS, rows, table.at()));
    }

    /** Table 四 from its mapping. */
    Optional<Table> reviews(Mapping table) {
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        boolean complete = true;
        for (RowForm row : ReviewForm.ROWS) {
            Optional<Mapping.Entry> entry = find(table, row::matches, row.shortName());
            if (entry.isEmpty()) {
                missing(table, TableKind.REVIEWS.key(), row.shortName(), ReviewForm.COLUMNS);
                complete = false;
                continue;
            }
            Optional<List<Cell>> read = countRow(
                    entry.get(),
                    row,
                    TableKind.REVIEWS.key() + " " + row.shortName(),
                    ReviewForm.COLUMNS,
                    ReviewForm.TOTAL);
            read.ifPresent(r -> rows.put(row.id(), r));
            complete &= read.isPresent();
        }
        table.rejectUnknown(
                DataMessages.Term.same(TableKind.REVIEWS.key()),
                ReviewForm.ROWS.stream().map(RowForm::shortName).toList());
        return complete ? Optional.of(new Table(TableKind.REVIEWS, rows, table.at())) : Optional.empty();
    }

    private boolean applicationRow(Mapping table, RowForm row, ApplicationForm form, Map<String, List<Cell>> rows) {
        Optional<Mapping.Entry> entry = find(table, row::matches, row.shortName());
        if (entry.isEmpty()) {
            missing(table, TableKind.APPLICATIONS.key(), row.shortName(), ApplicationForm.COLUMNS);
            return false;
        }
        Optional<List<Cell>> read = countRow(
                entry.get(),
                row,
                TableKind.APPLICATIONS.key() + " " + form.name(row),
                ApplicationForm.COLUMNS,
                ApplicationForm.TOTAL);
        read.ifPresent(r -> rows.put(row.id(), r));
        return read.isPresent();
    }

    private boolean resultGroup(Mapping table, ResultGroup group, ApplicationForm form, Map<String, List<Cell>> rows) {
        Optional<Mapping.Entry> entry = find(table, group::matches, group.name());
        if (entry.isEmpty()) {
            table.missing(
                    group.name(),
                    DataMessages.groupMissing(
                            TableKind.APPLICATIONS.key(),
                            group.label(),
                            group.name(),
                            group.rows().stream().map(RowForm::shortName).toList()));
            return false;
        }
        if (entry.get().value() instanceof SequenceNode) {
            problems.error(
                    entry.get().at(),
                    DataMessages.groupAsRow(
                            TableKind.APPLICATIONS.key(),
                            group.label(),
                            group.rows().size(),
                            group.name(),
                            group.rows().stream().map(RowForm::shortName).toList()));
            return false;
        }
        Optional<Mapping> inner = Mapping.of(
                entry.get().value(),
                DataMessages.Term.same(TableKind.APPLICATIONS.key() + " " + group.label()),
                problems);
        if (inner.isEmpty()) {
            return false;
        }
        boolean complete = true;
        for (RowForm row : group.rows()) {
            complete &= applicationRow(inner.get(), row, form, rows);
        }
        inner.get()
                .rejectUnknown(
                        DataMessages.Term.same(group.label()),
                        group.rows().stream().map(RowForm::shortName).toList());
        return complete;
    }

    /** A row of counts with a 总计 at {@code totalIndex} that may be left out (then computed). */
    private Optional<List<Cell>> countRow(
            Mapping.Entry entry, RowForm row, String name, List<String> columns, int totalIndex) {
        List<Node> values = values(entry, name, columns);
        if (values == null) {
            return Optional.empty();
        }
        int n = columns.size();
        if (values.size() != n && values.size() != n - 1) {
            problems.error(Nodes.position(entry.value()), cellCount(name, values, columns, columns.get(totalIndex)));
            return Optional.empty();
        }
        Optional<List<Cell>> read = readCells(values, row, name, columns, false);
        if (read.isPresent() && values.size() == n - 1) {
            List<Cell> withTotal = new ArrayList<>(read.get());
            withTotal.add(totalIndex, sum(withTotal, entry.at()));
            return Optional.of(List.copyOf(withTotal));
        }
        return read;
    }

    /** A table-二 row: exactly the form's cells. */
    private Optional<List<Cell>> exactRow(
            Mapping.Entry entry, RowForm row, String name, List<String> columns, boolean annotated) {
        List<Node> values = values(entry, name, columns);
        if (values == null) {
            return Optional.empty();
        }
        if (values.size() != columns.size()) {
            problems.error(Nodes.position(entry.value()), cellCount(name, values, columns, null));
            return Optional.empty();
        }
        return readCells(values, row, name, columns, annotated);
    }

    private Optional<List<Cell>> readCells(
            List<Node> values, RowForm row, String name, List<String> columns, boolean annotated) {
        List<Cell> read = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        Position firstLost = null;
        boolean ok = true;
        for (int i = 0; i < values.size(); i++) {
            ColumnKind kind = i < row.columns().size() ? row.columns().get(i) : ColumnKind.COUNT;
            Optional<Cell> cell = cells.read(values.get(i), kind, annotated, name + " " + columns.get(i));
            cell.ifPresent(read::add);
            ok &= cell.isPresent();
            if (cell.isPresent() && cell.get().isLost()) {
                lost.add(columns.get(i));
                firstLost = firstLost == null ? cell.get().at() : firstLost;
            }
        }
        if (!lost.isEmpty()) {
            problems.warning(firstLost, DataMessages.lost(name, lost));
        }
        return ok ? Optional.of(List.copyOf(read)) : Optional.empty();
    }

    /** The cells of a row: a list, or one value for a one-cell row. */
    private List<Node> values(Mapping.Entry entry, String name, List<String> columns) {
        Node value = entry.value();
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (columns.size() == 1 && !(value instanceof MappingNode)) {
            return List.of(value);
        }
        String typed = value instanceof ScalarNode scalar ? scalar.getValue() : "";
        problems.error(
                Nodes.position(value),
                typed.startsWith("【") || typed.endsWith("】")
                        ? DataMessages.rowNotList(
                                name,
                                Nodes.describe(value),
                                columns,
                                DataMessages.FULL_WIDTH_BRACKETS_EN,
                                DataMessages.FULL_WIDTH_BRACKETS_ZH)
                        : typed.contains("，")
                                ? DataMessages.rowNotList(
                                        name,
                                        Nodes.describe(value),
                                        columns,
                                        DataMessages.FULL_WIDTH_COMMA_EN,
                                        DataMessages.FULL_WIDTH_COMMA_ZH)
                                : DataMessages.rowNotList(name, Nodes.describe(value), columns, null, null));
        return null;
    }

    private static Cell sum(List<Cell> cells, Position at) {
        BigDecimal total = BigDecimal.ZERO;
        for (Cell cell : cells) {
            if (cell.isLost() || cell.number() == null) {
                return Cell.lost(at);
            }
            total = total.add(cell.number());
        }
        return Cell.computed(total, at);
    }

    private static List<Cell> columnSums(List<RowForm> rows, Map<String, List<Cell>> values, Position at) {
        List<Cell> sums = new ArrayList<>();
        for (int column = 0; column < ApplicationForm.COLUMNS.size(); column++) {
            List<Cell> cellsOfColumn = new ArrayList<>();
            for (RowForm row : rows) {
                cellsOfColumn.add(values.get(row.id()).get(column));
            }
            sums.add(sum(cellsOfColumn, at));
        }
        return List.copyOf(sums);
    }

    private Optional<Mapping.Entry> find(Mapping table, Predicate<String> matches, String name) {
        List<Mapping.Entry> found = table.takeAll(matches);
        for (int i = 1; i < found.size(); i++) {
            problems.error(
                    found.get(i).at(),
                    DataMessages.rowTwice(
                            name, found.get(0).key(), found.get(0).at().line()));
        }
        return found.stream().findFirst();
    }

    private static void missing(Mapping table, String where, String row, List<String> columns) {
        table.missing(row, DataMessages.rowMissing(where, row, columns));
    }

    /**
     * The wrong number of cells in a row, with what usually causes it when the author typed on a Chinese keyboard:
     * cells run together by full-width commas, or a row in full-width brackets.
     */
    private static Message cellCount(String name, List<Node> values, List<String> columns, String leftOut) {
        String typed = values.stream()
                .map(v -> v instanceof ScalarNode scalar ? scalar.getValue() : "")
                .reduce("", String::concat);
        if (typed.contains("，")) {
            return DataMessages.cellCount(
                    name,
                    values.size(),
                    columns,
                    leftOut,
                    DataMessages.FULL_WIDTH_COMMA_EN,
                    DataMessages.FULL_WIDTH_COMMA_ZH);
        }
        if (typed.startsWith("【") || typed.endsWith("】")) {
            return DataMessages.cellCount(
                    name,
                    values.size(),
                    columns,
                    leftOut,
                    DataMessages.FULL_WIDTH_BRACKETS_EN,
                    DataMessages.FULL_WIDTH_BRACKETS_ZH);
        }
        return DataMessages.cellCount(name, values.size(), columns, leftOut, null, null);
    }
}
