package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.form.ColumnKind;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads table 四, printed as one row of fifteen values under two or three header rows: each value column is found by
 * its headers — the part (行政复议, 未经复议直接起诉, 复议后起诉) and the result (结果维持 … 总计) above it.
 */
final class ReviewTableReader {

    private static final String KEY = TableKind.REVIEWS.key();

    private final Findings findings;
    private final CellValues values;

    ReviewTableReader(Findings findings) {
        this.findings = findings;
        this.values = new CellValues(findings);
    }

    Table read(SourceTable table) {
        List<LabelMatcher.Candidate<RowForm>> parts = new ArrayList<>();
        for (RowForm row : ReviewForm.ROWS) {
            parts.add(LabelMatcher.Candidate.of(row, row.shortName()));
        }
        List<LabelMatcher.Candidate<Integer>> results = new ArrayList<>();
        for (int i = 0; i < ReviewForm.COLUMNS.size(); i++) {
            results.add(LabelMatcher.Candidate.of(i, ReviewForm.COLUMNS.get(i)));
        }
        int dataRow = dataRow(table);
        Map<RowForm, Integer[]> columns = new LinkedHashMap<>();
        ReviewForm.ROWS.forEach(row -> columns.put(row, new Integer[ReviewForm.COLUMNS.size()]));
        for (int c = 0; dataRow >= 0 && c < table.width(); c++) {
            Integer result = null;
            RowForm part = null;
            for (int r = dataRow - 1; r >= 0; r--) {
                Slot slot = table.rows().get(r).get(c);
                if (result == null) {
                    var found = LabelMatcher.match(slot.text(), results);
                    if (found.isPresent()) {
                        result = found.get().target();
                        continue;
                    }
                }
                var found = LabelMatcher.match(slot.text(), parts);
                if (found.isPresent() && found.get().how() != LabelMatcher.How.SIMILAR) {
                    part = found.get().target();
                    break;
                }
            }
            if (result != null && part != null && columns.get(part)[result] == null) {
                columns.get(part)[result] = c;
            }
        }
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        for (RowForm row : ReviewForm.ROWS) {
            List<Cell> cells = new ArrayList<>();
            List<String> blank = new ArrayList<>();
            String name = KEY + " " + row.shortName();
            for (int i = 0; i < ReviewForm.COLUMNS.size(); i++) {
                String column = ReviewForm.COLUMNS.get(i);
                Integer c = columns.get(row)[i];
                if (c == null) {
                    findings.warning(table.at(), ImportMessages.missingColumn(KEY, row.label() + " " + column));
                    cells.add(Cell.lost(Position.NONE));
                    continue;
                }
                Slot slot = table.rows().get(dataRow).get(c);
                Cell cell = values.read(slot.text(), ColumnKind.COUNT, false, null, name + " " + column, slot.at());
                if (cell.state() == Cell.State.BLANK && Texts.clean(slot.text()).isEmpty()) {
                    blank.add(column);
                }
                cells.add(cell);
            }
            if (!blank.isEmpty()) {
                findings.warning(table.rows().get(dataRow).get(0).at(), ImportMessages.blank(name, blank));
            }
            rows.put(row.id(), cells);
        }
        return new Table(TableKind.REVIEWS, rows, Position.NONE);
    }

    /** The row of values: the first below the headers whose cells are values; -1 when there is none. */
    private static int dataRow(SourceTable table) {
        for (int r = 1; r < table.rows().size(); r++) {
            List<Slot> cells = Grids.distinct(table.rows().get(r));
            boolean allValues = cells.stream().allMatch(s -> Grids.valueLike(s.text()));
            boolean someText =
                    cells.stream().anyMatch(s -> !Texts.clean(s.text()).isEmpty());
            List<Slot> above = table.rows().get(r - 1);
            boolean fresh = table.rows().get(r).stream().noneMatch(above::contains);
            if (allValues && (someText || fresh)) {
                return r;
            }
        }
        return -1;
    }
}
