package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.problem.Severity;
import cn.zfxxgk.report.summary.Summation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * HIER-SUM: a 汇总 that names its units ({@code units:}) has in every cell of its three tables the sum of its units'
 * cells, as {@code gen sum} adds them ({@link Summation}: blank is 0, {@code 15（含失效的8件）} counts 15, {@code 增 530}
 * counts 530). A cell that differs is a warning at the cell, naming it by its official labels and giving the sum. Cells
 * that cannot be compared are passed over: 缺失 here or in a unit, totals the author left to be computed. Units that
 * cannot be summed (another year, another format, a table missing) are reported at their line under {@code units:}.
 */
final class HierarchySumRule implements Rule {

    @Override
    public String id() {
        return "HIER-SUM";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        List<UnitReports.Named> units = input.units().units();
        if (units.isEmpty() || !input.units().problems().isEmpty()) {
            return; // without every unit the sums would be wrong; what is missing is already an error
        }
        Report report = input.report();
        Summation.Sum sum =
                Summation.of(units.stream().map(UnitReports.Named::unit).toList(), report.year());
        if (sum.format().isEmpty()) {
            for (Problem problem : sum.problems()) {
                findings.add(namedAt(units, problem.file()), problem.text());
            }
            return;
        }
        if (sum.format().get() != report.format()) {
            findings.add(
                    input.keyAt("units"),
                    RuleMessages.unitsFormat(
                            sum.format().get().code(), report.format().code()));
            return;
        }
        OfficialForm form = OfficialForm.of(report.format());
        for (TableKind kind : TableKind.values()) {
            Optional<Table> table = report.table(kind);
            if (table.isEmpty()) {
                continue;
            }
            for (RowForm row : Summation.rows(form, kind)) {
                List<Cell> cells = table.get().row(row.id());
                List<Cell> sums = sum.tables().get(kind).row(row.id());
                for (int column = 0; column < row.columns().size(); column++) {
                    Cell cell = cells.get(column);
                    Cell expected = sums.get(column);
                    Optional<BigDecimal> value =
                            Summation.value(cell, row.columns().get(column));
                    if (cell.state() == Cell.State.COMPUTED || expected.isLost() || value.isEmpty()) {
                        continue;
                    }
                    if (value.get().compareTo(expected.number()) != 0) {
                        findings.add(
                                cell.at(),
                                RuleMessages.unitsSum(
                                        Summation.cellName(form, kind, row, column),
                                        cell.state() == Cell.State.BLANK ? "blank (0)" : cell.text(),
                                        expected.number().toPlainString(),
                                        units.size()));
                    }
                }
            }
        }
    }

    /** Where the 汇总 names the unit {@code file}, else its {@code units:} key. */
    private static Position namedAt(List<UnitReports.Named> units, String file) {
        return units.stream()
                .filter(u -> u.unit().file().equals(file))
                .findFirst()
                .map(u -> u.named().at())
                .orElse(units.get(0).named().at());
    }
}
