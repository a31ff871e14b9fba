package cn.zfxxgk.report.data;

import cn.zfxxgk.report.form.ApplicationForm;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The 勾稽 rules of §1.7: table 三's note (per column, 一 + 二 = 三（七）总计 + 四), each row's 总计 = its six applicant
 * columns, （七）总计 = the sum of the result rows, and each table-四 总计 = its four results. A failure names the cell in
 * official labels with both numbers. Rules that need a value lost in the source are not checked. Cells the engine
 * computed are not checked against the rule that computed them, and a total left blank is not compared at all (it says
 * nothing, not 0); in the 总计 column a rule that fails only because a row's own 总计 is wrong is not reported twice.
 */
public final class ConsistencyRules {

    private ConsistencyRules() {}

    /** The failed rules of {@code report} as warnings of {@code file}. */
    public static List<Problem> check(Report report, String file) {
        return check(report.format(), report::table, file);
    }

    /**
     * The failed rules of the tables {@code tables} gives (those that could be read, in a file that may have errors
     * elsewhere), in {@code format}, as warnings of {@code file}.
     */
    static List<Problem> check(FormatVersion format, Function<TableKind, Optional<Table>> tables, String file) {
        List<Problem> problems = new ArrayList<>();
        ApplicationForm form = OfficialForm.of(format).applications();
        tables.apply(TableKind.APPLICATIONS).ifPresent(t -> applications(t, form, file, problems));
        tables.apply(TableKind.REVIEWS).ifPresent(t -> reviews(t, file, problems));
        return problems;
    }

    private static void applications(Table table, ApplicationForm form, String file, List<Problem> problems) {
        String key = TableKind.APPLICATIONS.key();
        Set<String> wrongTotals = new HashSet<>();
        for (RowForm row : form.rows()) {
            if (!rowTotal(
                    table.row(row.id()),
                    ApplicationForm.TOTAL,
                    key + " " + form.name(row) + " · 总计",
                    "自然人 … 其他 add up to",
                    "自然人至其他之和为 ",
                    "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
                    file,
                    problems)) {
                wrongTotals.add(row.id());
            }
        }
        boolean resultTotalsRight = form.resultRows().stream().noneMatch(r -> wrongTotals.contains(r.id()))
                && !wrongTotals.contains(form.total().id());
        boolean noteTotalsRight = !wrongTotals.contains(form.received().id())
                && !wrongTotals.contains(form.carried().id())
                && !wrongTotals.contains(form.carriedOver().id())
                && !wrongTotals.contains(form.total().id());
        List<Cell> total = table.row(form.total().id());
        for (int column = 0; column < ApplicationForm.COLUMNS.size(); column++) {
            // in the 总计 column a rule fails again whenever a row's own 总计 is wrong: that row's warning says it all
            boolean totalColumn = column == ApplicationForm.TOTAL;
            String columnName = ApplicationForm.COLUMNS.get(column);
            Cell totalCell = total.get(column);
            List<Cell> results = new ArrayList<>();
            for (RowForm row : form.resultRows()) {
                results.add(table.row(row.id()).get(column));
            }
            if (totalCell.state() != Cell.State.COMPUTED
                    && totalCell.state() != Cell.State.BLANK
                    && known(results)
                    && known(List.of(totalCell))
                    && (!totalColumn || resultTotalsRight)) {
                BigDecimal sum = sum(results);
                if (value(totalCell).compareTo(sum) != 0) {
                    problems.add(Problem.warning(
                            file,
                            totalCell.at(),
                            DataMessages.resultsTotal(
                                    key, columnName, value(totalCell).toPlainString(), sum.toPlainString())));
                }
            }
            Cell received = table.row(form.received().id()).get(column);
            Cell carried = table.row(form.carried().id()).get(column);
            Cell carriedOver = table.row(form.carriedOver().id()).get(column);
            if (totalCell.state() != Cell.State.BLANK
                    && known(List.of(received, carried, carriedOver, totalCell))
                    && (!totalColumn || noteTotalsRight)) {
                BigDecimal expected = value(received).add(value(carried)).subtract(value(carriedOver));
                if (value(totalCell).compareTo(expected) != 0) {
                    Position at = totalCell.state() == Cell.State.COMPUTED ? carriedOver.at() : totalCell.at();
                    problems.add(Problem.warning(
                            file,
                            at,
                            DataMessages.note(
                                    key, columnName, value(totalCell).toPlainString(), expected.toPlainString())));
                }
            }
        }
    }

    private static void reviews(Table table, String file, List<Problem> problems) {
        for (RowForm row : ReviewForm.ROWS) {
            rowTotal(
                    table.row(row.id()),
                    ReviewForm.TOTAL,
                    TableKind.REVIEWS.key() + " " + row.shortName() + " · 总计",
                    "结果维持 + 结果纠正 + 其他结果 + 尚未审结 gives",
                    "结果维持、结果纠正、其他结果、尚未审结之和为 ",
                    "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
                    file,
                    problems);
        }
    }

    /** Checks a row's 总计 against its other cells; false when it does not add up. */
    private static boolean rowTotal(
            List<Cell> row,
            int totalIndex,
            String name,
            String partsEn,
            String partsZh,
            String rule,
            String file,
            List<Problem> problems) {
        Cell total = row.get(totalIndex);
        List<Cell> addends = new ArrayList<>(row);
        addends.remove(totalIndex);
        // a total left blank (as some publications leave every 总计) is not a total of 0: nothing to compare
        if (total.state() == Cell.State.COMPUTED
                || total.state() == Cell.State.BLANK
                || !known(addends)
                || !known(List.of(total))) {
            return true;
        }
        BigDecimal sum = sum(addends);
        if (value(total).compareTo(sum) != 0) {
            problems.add(Problem.warning(
                    file,
                    total.at(),
                    DataMessages.rowTotal(
                            name, value(total).toPlainString(), partsEn, partsZh, sum.toPlainString(), rule)));
            return false;
        }
        return true;
    }

    private static boolean known(List<Cell> cells) {
        return cells.stream().noneMatch(c -> c.isLost() || c.number() == null);
    }

    private static BigDecimal value(Cell cell) {
        return cell.number();
    }

    private static BigDecimal sum(List<Cell> cells) {
        return cells.stream().map(Cell::number).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
