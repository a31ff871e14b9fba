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
 * cell, so the 勾稽 rules that hold in each unit hold in the sum.
 */
public final class Summation {

    private static final Pattern CHANGE = Pattern.compile("^(增|\\+)?\\s*(\\d+)$|^(减|-|−|－)\\s*(\\d+)$");

    /** One unit's report and its file name as the user gave it. */
    public record Unit(String file, Report report) {
    }

    /**
     * The outcome: the summed tables (empty when the units cannot be summed: the problems say why) and, for the
     * author, the cells that are 缺失 and the values that carried notes.
     */
    public record Sum(Optional<FormatVersion> format, Map<TableKind, Table> tables, List<String> notes,
            List<Problem> problems) {
    }

    private Summation() {
    }

    /** The sum of {@code units} as a report on {@code year}. */
    public static Sum of(List<Unit> units, int year) {
        List<Problem> problems = new ArrayList<>();
        Map<FormatVersion, List<String>> formats = new TreeMap<>();
        for (Unit unit : units) {
            formats.computeIfAbsent(unit.report().format(), f -> new ArrayList<>()).add(unit.file());
            if (unit.report().year() != year) {
                problems.add(Problem.error(unit.file(), unit.report().agency().at(),
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
        tables.put(TableKind.ACTIVE, sum(units, TableKind.ACTIVE, form.active().rows(), List.of(),
                notes, problems));
        tables.put(TableKind.APPLICATIONS, sum(units, TableKind.APPLICATIONS, form.applications().rows(),
                ApplicationForm.COLUMNS, notes, problems));
        tables.put(TableKind.REVIEWS, sum(units, TableKind.REVIEWS, ReviewForm.ROWS, ReviewForm.COLUMNS, notes,
                problems));
        return new Sum(Optional.of(format), tables, notes, problems);
    }

    private static Table sum(List<Unit> units, TableKind kind, List<RowForm> rows, List<String> columns,
            List<String> notes, List<Problem> problems) {
        Map<String, List<Cell>> summed = new LinkedHashMap<>();
        for (RowForm row : rows) {
            List<Cell> cells = new ArrayList<>();
            for (int column = 0; column < row.columns().size(); column++) {
                // table 二's rows have columns of their own: they are named by their place
                String where = kind.key() + " " + row.label() + (columns.isEmpty() ? " 第" + (column + 1) + "列"
                        : " · " + columns.get(column));
                cells.add(sum(units, kind, row, column, where, notes, problems));
            }
            summed.put(row.id(), cells);
        }
        return new Table(kind, summed, Position.NONE);
    }

    private static Cell sum(List<Unit> units, TableKind kind, RowForm row, int column, String where,
            List<String> notes, List<Problem> problems) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> lost = new ArrayList<>();
        for (Unit unit : units) {
            Cell cell = unit.report().table(kind).orElseThrow().row(row.id()).get(column);
            Optional<BigDecimal> value = value(cell, row.columns().get(column));
            if (cell.isLost()) {
                lost.add(unit.file());
            } else if (value.isEmpty()) {
                lost.add(unit.file());
                problems.add(Problem.warning(unit.file(), cell.at(), SummaryMessages.unreadableCell(where, cell.text())));
            } else {
                total = total.add(value.get());
                if (cell.state() == Cell.State.WRITTEN && !cell.text().strip().equals(value.get().toPlainString())) {
                    notes.add(where + "：" + unit.file() + " 写作“" + cell.text() + "”，按 " + value.get().toPlainString()
                            + " 计入");
                }
            }
        }
        if (!lost.isEmpty()) {
            notes.add(where + "：缺失（" + String.join("、", lost) + " 中缺失），请补齐后重新汇总");
            return Cell.lost(Position.NONE);
        }
        return Cell.written(total.toPlainString(), total, Position.NONE);
    }

    /** A cell's value to add: its number; for 2019 本年增/减, {@code 增 530} is 530 and {@code 减1} is −1. */
    private static Optional<BigDecimal> value(Cell cell, ColumnKind kind) {
        if (cell.isLost()) {
            return Optional.empty();
        }
        if (kind == ColumnKind.CHANGE && cell.state() == Cell.State.WRITTEN) {
            Matcher m = CHANGE.matcher(cell.text().strip());
            if (m.matches()) {
                return Optional.of(m.group(2) != null ? new BigDecimal(m.group(2)) : new BigDecimal(m.group(4)).negate());
            }
        }
        return Optional.ofNullable(cell.number());
    }
}
