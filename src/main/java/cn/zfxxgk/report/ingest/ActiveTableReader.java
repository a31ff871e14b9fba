package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.form.ActiveForm;
import cn.zfxxgk.report.form.ColumnKind;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads table 二: each row found by its label in the first cell, its values the cells after it in order (a value
 * spanning three columns is one cell); the header row of each 第二十条 block names the columns and their units.
 */
final class ActiveTableReader {

    private static final String KEY = TableKind.ACTIVE.key();
    private static final String HEADER = "信息内容";

    private final Findings findings;
    private final CellValues values;

    ActiveTableReader(Findings findings) {
        this.findings = findings;
        this.values = new CellValues(findings);
    }

    Table read(SourceTable table, ActiveForm form) {
        List<LabelMatcher.Candidate<RowForm>> candidates = new ArrayList<>();
        for (RowForm row : form.rows()) {
            candidates.add(LabelMatcher.Candidate.of(row, row.shortName(), row.label()));
        }
        Map<RowForm, List<Cell>> read = new HashMap<>();
        Map<RowForm, Origin> firstAt = new HashMap<>();
        List<Slot> header = null;
        for (List<Slot> row : table.rows()) {
            List<Slot> cells = Grids.distinct(row);
            Slot label = cells.get(0);
            String key = LabelMatcher.normalise(label.text());
            if (key.equals(LabelMatcher.normalise(HEADER))) {
                header = row;
                continue;
            }
            if (cells.size() == 1
                    || key.isEmpty()
                            && cells.stream()
                                    .allMatch(c -> Texts.clean(c.text()).isEmpty())) {
                continue; // a 第二十条 heading row, or an empty row
            }
            var match = LabelMatcher.match(label.text(), candidates);
            if (match.isEmpty()) {
                if (!key.startsWith("第二十条")) {
                    findings.warning(label.at(), ImportMessages.unmatchedRow(KEY, Texts.compact(label.text())));
                }
                continue;
            }
            RowForm form1 = match.get().target();
            if (read.containsKey(form1)) {
                findings.warning(label.at(), ImportMessages.duplicateRow(KEY, form1.label(), firstAt.get(form1)));
                continue;
            }
            if (match.get().how() == LabelMatcher.How.SIMILAR) {
                findings.warning(
                        label.at(), ImportMessages.similarLabel(KEY, Texts.compact(label.text()), form1.label()));
            }
            firstAt.put(form1, label.at());
            read.put(form1, cells(form1, row, cells.subList(1, cells.size()), header, label.at()));
        }
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        for (RowForm row : form.rows()) {
            List<Cell> cells = read.get(row);
            if (cells == null) {
                findings.warning(table.at(), ImportMessages.missingRow(KEY, row.label(), row.label()));
                cells = new ArrayList<>();
                for (int i = 0; i < row.columns().size(); i++) {
                    cells.add(Cell.lost(Position.NONE));
                }
            }
            rows.put(row.id(), cells);
        }
        return new Table(TableKind.ACTIVE, rows, Position.NONE);
    }

    private List<Cell> cells(RowForm row, List<Slot> slots, List<Slot> published, List<Slot> header, Origin at) {
        List<String> columns = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        String name = KEY + " " + row.label();
        for (int i = 0; i < row.columns().size(); i++) {
            String column = header == null ? "" : headerOver(header, published, slots, i);
            columns.add(column.isEmpty() ? "第" + (i + 1) + "列" : column);
        }
        for (int i = 0; i < row.columns().size(); i++) {
            if (i >= published.size()) {
                findings.warning(
                        at,
                        ImportMessages.missingCells(
                                name, published.size(), row.columns().size(), columns));
                while (cells.size() < row.columns().size()) {
                    cells.add(Cell.lost(Position.NONE));
                }
                break;
            }
            Slot slot = published.get(i);
            ColumnKind kind = row.columns().get(i);
            String cellName = row.columns().size() == 1 ? name : name + " " + columns.get(i);
            Cell cell = values.read(slot.text(), kind, true, columns.get(i), cellName, slot.at());
            if (cell.state() == Cell.State.BLANK && Texts.clean(slot.text()).isEmpty()) {
                blank.add(columns.get(i));
            }
            cells.add(cell);
        }
        for (int i = row.columns().size(); i < published.size(); i++) {
            if (!Texts.clean(published.get(i).text()).isEmpty()) {
                findings.warning(
                        published.get(i).at(),
                        ImportMessages.extraCells(
                                name,
                                Texts.clean(published.get(i).text()),
                                row.columns().size()));
            }
        }
        if (!blank.isEmpty()) {
            findings.warning(
                    at,
                    row.columns().size() == 1
                            ? ImportMessages.blank(KEY, List.of(row.label()))
                            : ImportMessages.blank(name, blank));
        }
        return cells;
    }

    /** The header text over the {@code i}th value of a row: the header cell where that value's cell starts. */
    private static String headerOver(List<Slot> header, List<Slot> published, List<Slot> row, int i) {
        if (i >= published.size()) {
            List<Slot> headerCells = Grids.distinct(header);
            return i + 1 < headerCells.size()
                    ? Texts.compact(headerCells.get(i + 1).text())
                    : "";
        }
        int column = Grids.columnOf(row, published.get(i));
        return column >= 0 && column < header.size()
                ? Texts.compact(header.get(column).text())
                : "";
    }
}
