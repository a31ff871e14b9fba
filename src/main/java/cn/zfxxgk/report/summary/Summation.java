package cn.zfxxgk.report.summary;

import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.form.ColumnKind;
import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the tables of a 汇总's units cell by cell. Every unit must be of the summary's year and all of one format (their
 * cells would not line up otherwise). Blank cells count 0; a cell marked 缺失 in any unit makes the sum 缺失, and the
 * units that lost it are named; a value with a note ({@code 15（含失效的8件）}, {@code 7113万元}, {@code 增 530}) is
 * added by its number and listed, so that the author can write the note of the sum. Totals are summed like every other
 * cell, so the 勾稽 rules that hold in each unit hold in the sum. The rule HIER-SUM checks an existing 汇总 against
 * the same sums.
 */
public final class Summation {

    private static final Pattern CHANGE = Pattern.compile("^(增|\\+)?\\s*(\\d+)$|^(减|-|−|－)\\s*(\\d+)$");

    /** One unit's report and its file name as the user gave it. */
    public record Unit(String file, Report report) {}

    /**
     * The outcome: the summed tables (empty when the units cannot be summed: the problems say why) and, for the
     * author, the cells that are 缺失 and the values that carried notes.
     */
    public record Sum(
            Optional<FormatVersion> format, Map<TableKind, Table> tables, List<String> notes, List<Problem> problems) {}

    private Summation() {}

    /** The sum of {@code units} as a report on {@code year}. */
    public static Sum of(List<Unit> units, int year) {
        List<Problem> problems = new ArrayList<>();
        Map<FormatVersion, List<String>> formats = new TreeMap<>();
        for (Unit unit : units) {
            formats.computeIfAbsent(unit.report().format(), f -> new ArrayList<>())
                    .add(unit.file());
            if (unit.report().year() != year) {
                problems.add(Problem.error(
                        unit.file(),
                        unit.report().agency().at(),
                        SummaryMessages.wrongYear(unit.report().year(), year)));
            }
            for (TableKind kind : TableKind.values()) {
                if (unit.report().table(kind).isEmpty()) {
                    problems.add(Problem.error(unit.file(), Position.NONE, SummaryMessages.tableMissing(kind.key())));
                }
            }
        }
        if (formats.size() > 1) {
            List<String> byFormat = new ArrayList<>();
            formats.forEach((format, files) -> byFormat.add(format.code() + ": " + String.join(", ", files)));
            problems.add(Problem.error(units.get(0).file(), Position.NONE, SummaryMessages.formatsDiffer(byFormat)));
        }
        if (!problems.isEmpty() || units.isEmpty()) {
            return new Sum(Optional.empty(), Map.of(), List.of(), problems);
        }
        FormatVersion format = formats.keySet().iterator().next();
        OfficialForm form = OfficialForm.of(format);
        List<String> notes = new ArrayList<>();
        Map<TableKind, Table> tables = new EnumMap<>(TableKind.class);
        for (TableKind kind : TableKind.values()) {
            tables.put(kind, sum(units, kind, form, notes, problems));
        }
        return new Sum(Optional.of(format), tables, notes, problems);
    }

    /** The rows of table {@code kind} in {@code form}, in printed order. */
    public static List<RowForm> rows(OfficialForm form, TableKind kind) {
        return switch (kind) {
            case ACTIVE -> form.active().rows();
            case APPLICATIONS -> form.applications().rows();
            case REVIEWS -> ReviewForm.ROWS;
        };
    }

    /**
     * A cell named by its official labels: the table, the row as printed and the column's heading, e.g.
     * {@code 依申请公开 （一）予以公开 · 自然人} or {@code 主动公开 行政许可 · 本年处理决定数量}.
     */
    public static String cellName(OfficialForm form, TableKind kind, RowForm row, int column) {
        List<String> columns = switch (kind) {
            case ACTIVE -> form.active().columnNames(row);
            case APPLICATIONS -> ApplicationForm.COLUMNS;
            case REVIEWS -> ReviewForm.COLUMNS;
        };
        return kind.key() + " " + row.label() + " · " + columns.get(column);
    }

    private static Table sum(
            List<Unit> units, TableKind kind, OfficialForm form, List<String> notes, List<Problem> problems) {
        Map<String, List<Cell>> summed = new LinkedHashMap<>();
        for (RowForm row : rows(form, kind)) {
            List<Cell> cells = new ArrayList<>();
            for (int column = 0; column < row.columns().size(); column++) {
                String where = cellName(form, kind, row, column);
                cells.add(sum(units, kind, row, column, where, notes, problems));
            }
            summed.put(row.id(), cells);
        }
        return new Table(kind, summed, Position.NONE);
    }

    private static Cell sum(
            List<Unit> units,
            TableKind kind,
            RowForm row,
            int column,
            String where,
            List<String> notes,
            List<Problem> problems) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> lost = new ArrayList<>();
        for (Unit unit : units) {
            Cell cell = unit.report().table(kind).orElseThrow().row(row.id()).get(column);
            Optional<BigDecimal> value = value(cell, row.columns().get(column));
            if (cell.isLost()) {
                lost.add(unit.file());
            } else if (value.isEmpty()) {
                lost.add(unit.file());
                problems.add(
                        Problem.warning(unit.file(), cell.at(), SummaryMessages.unreadableCell(where, cell.text())));
            } else {
                total = total.add(value.get());
                if (cell.state() == Cell.State.WRITTEN
                        && !cell.text().strip().equals(value.get().toPlainString())) {
                    notes.add(where + "：" + unit.file() + " 写作“" + cell.text() + "”，按 "
                            + value.get().toPlainString() + " 计入");
                }
            }
        }
        if (!lost.isEmpty()) {
            notes.add(where + "：缺失（" + String.join("、", lost) + " 中缺失），请补齐后重新汇总");
            return Cell.lost(Position.NONE);
        }
        return Cell.written(total.toPlainString(), total, Position.NONE);
    }

    /**
     * A cell's value to add: its number (blank is 0); for 2019 本年增/减, {@code 增 530} is 530 and {@code 减1} is −1;
     * empty when the cell is 缺失 or has no number.
     */
    public static Optional<BigDecimal> value(Cell cell, ColumnKind kind) {
        if (cell.isLost()) {
            return Optional.empty();
        }
        if (kind == ColumnKind.CHANGE && cell.state() == Cell.State.WRITTEN) {
            Matcher m = CHANGE.matcher(cell.text().strip());
            if (m.matches()) {
                return Optional.of(
                        m.group(2) != null ? new BigDecimal(m.group(2)) : new BigDecimal(m.group(4)).negate());
            }
        }
        return Optional.ofNullable(cell.number());
    }
}
