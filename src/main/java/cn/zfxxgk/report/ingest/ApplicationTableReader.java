package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.form.ColumnKind;
import cn.zfxxgk.report.form.ResultGroup;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads table 三: each row found by its label (the most specific label cell, with the group label to tell 3.其他 of
 * （六） from other rows), each of the seven value columns found by its header, whatever the published grid's shape.
 */
final class ApplicationTableReader {

    private static final String KEY = TableKind.APPLICATIONS.key();

    private final Findings findings;
    private final CellValues values;

    ApplicationTableReader(Findings findings) {
        this.findings = findings;
        this.values = new CellValues(findings);
    }

    Table read(SourceTable table, ApplicationForm form) {
        Map<RowForm, String> groupOf = new HashMap<>();
        List<LabelMatcher.Candidate<RowForm>> candidates = new ArrayList<>();
        for (RowForm row : form.rows()) {
            candidates.add(LabelMatcher.Candidate.of(row, row.shortName(), row.label()));
        }
        for (ResultGroup group : form.results()) {
            group.rows().forEach(row -> groupOf.put(row, group.label()));
        }
        Map<RowForm, Integer> rowAt = new LinkedHashMap<>();
        Map<RowForm, Origin> firstAt = new HashMap<>();
        int firstData = -1;
        List<Integer> unmatched = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Slot> labels = Grids.labels(table.rows().get(r));
            boolean hasValues = Grids.distinct(table.rows().get(r)).stream().anyMatch(s -> Grids.valueLike(s.text()));
            if (labels.isEmpty() || !hasValues) {
                continue; // a header row: labels only
            }
            Slot specific = labels.get(labels.size() - 1);
            List<LabelMatcher.Match<RowForm>> found = LabelMatcher.matches(specific.text(), candidates);
            if (found.size() > 1) {
                found = narrow(found, labels, groupOf);
            }
            if (found.size() != 1) {
                if (firstData >= 0) {
                    unmatched.add(r);
                    if (found.size() > 1) {
                        findings.warning(
                                specific.at(),
                                ImportMessages.ambiguousRow(
                                        KEY,
                                        Texts.compact(specific.text()),
                                        found.stream()
                                                .map(m -> form.name(m.target()))
                                                .toList()));
                    } else {
                        findings.warning(
                                specific.at(), ImportMessages.unmatchedRow(KEY, Texts.compact(specific.text())));
                    }
                }
                continue;
            }
            RowForm row = found.get(0).target();
            if (rowAt.containsKey(row)) {
                findings.warning(specific.at(), ImportMessages.duplicateRow(KEY, form.name(row), firstAt.get(row)));
                continue;
            }
            if (found.get(0).how() == LabelMatcher.How.SIMILAR) {
                findings.warning(
                        specific.at(), ImportMessages.similarLabel(KEY, Texts.compact(specific.text()), row.label()));
            }
            firstData = firstData < 0 ? r : firstData;
            rowAt.put(row, r);
            firstAt.put(row, specific.at());
        }
        int headerRows = firstData < 0 ? 0 : firstData;
        List<Integer> columns = columns(table, headerRows, table.at());
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        for (RowForm row : form.rows()) {
            String name = KEY + " " + form.name(row);
            Integer r = rowAt.get(row);
            if (r == null) {
                findings.warning(table.at(), ImportMessages.missingRow(KEY, form.name(row), row.label()));
                rows.put(row.id(), Collections.nCopies(ApplicationForm.COLUMNS.size(), Cell.lost(Position.NONE)));
                continue;
            }
            List<Slot> slots = table.rows().get(r);
            List<Cell> cells = new ArrayList<>();
            List<String> blank = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String column = ApplicationForm.COLUMNS.get(i);
                Integer c = columns.get(i);
                if (c == null) {
                    cells.add(Cell.lost(Position.NONE));
                    continue;
                }
                Slot slot = slots.get(c);
                Cell cell = values.read(slot.text(), ColumnKind.COUNT, false, null, name + " " + column, slot.at());
                if (cell.state() == Cell.State.BLANK && Texts.clean(slot.text()).isEmpty()) {
                    blank.add(column);
                }
                cells.add(cell);
            }
            if (!blank.isEmpty()) {
                findings.warning(firstAt.get(row), ImportMessages.blank(name, blank));
            }
            rows.put(row.id(), cells);
        }
        return new Table(TableKind.APPLICATIONS, rows, Position.NONE);
    }

    /** Of several rows a label names, those whose group the row's other labels name (3.其他 under （六）其他处理). */
    private static List<LabelMatcher.Match<RowForm>> narrow(
            List<LabelMatcher.Match<RowForm>> found, List<Slot> labels, Map<RowForm, String> groupOf) {
        List<LabelMatcher.Match<RowForm>> narrowed = new ArrayList<>();
        for (LabelMatcher.Match<RowForm> match : found) {
            String group = groupOf.get(match.target());
            for (Slot label : labels.subList(0, labels.size() - 1)) {
                if (group != null && LabelMatcher.normalise(label.text()).equals(LabelMatcher.normalise(group))) {
                    narrowed.add(match);
                    break;
                }
            }
        }
        if (narrowed.isEmpty() && labels.size() == 1) {
            // a label standing alone in its row is a row of its own, not one of a group's numbered rows
            found.stream().filter(m -> groupOf.get(m.target()) == null).forEach(narrowed::add);
        }
        return narrowed;
    }

    /** For each of the seven value columns, the grid column whose header names it (null when none does). */
    private List<Integer> columns(SourceTable table, int headerRows, Origin at) {
        List<LabelMatcher.Candidate<Integer>> candidates = new ArrayList<>();
        for (int i = 0; i < ApplicationForm.COLUMNS.size(); i++) {
            candidates.add(LabelMatcher.Candidate.of(i, ApplicationForm.COLUMNS.get(i)));
        }
        Integer[] found = new Integer[ApplicationForm.COLUMNS.size()];
        for (int c = 0; c < table.width(); c++) {
            for (int r = headerRows - 1; r >= 0; r--) {
                Slot slot = table.rows().get(r).get(c);
                var match = LabelMatcher.match(slot.text(), candidates);
                if (match.isPresent()) {
                    int index = match.get().target();
                    if (found[index] == null) {
                        found[index] = c;
                        if (match.get().how() == LabelMatcher.How.SIMILAR) {
                            findings.warning(
                                    slot.at(),
                                    ImportMessages.similarColumn(
                                            KEY, Texts.compact(slot.text()), ApplicationForm.COLUMNS.get(index)));
                        }
                    }
                    break;
                }
            }
        }
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            if (found[i] == null && headerRows > 0) {
                findings.warning(at, ImportMessages.missingColumn(KEY, ApplicationForm.COLUMNS.get(i)));
            }
            columns.add(found[i]);
        }
        if (headerRows == 0 && table.width() >= found.length) {
            // no header at all: the last seven columns, in the form's order
            for (int i = 0; i < found.length; i++) {
                columns.set(i, table.width() - found.length + i);
            }
        }
        return columns;
    }
}
