package cn.zfxxgk.report.data;

import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 勾稽 rules of §1.7: table 三's note (per column, 一 + 二 = 三（七）总计 + 四), each row's 总计 = its six applicant
 * columns, （七）总计 = the sum of the result rows, and each table-四 总计 = its four results. A failure names the cell in
 * official labels with both numbers. Rules that need a value lost in the source are not checked. Cells the engine
 * computed are not checked against the rule that computed them.
 */
public final class ConsistencyRules {

    private ConsistencyRules() {
    }

    /** The failed rules of {@code report} as warnings of {@code file}. */
    public static List<Problem> check(Report report, String file) {
        List<Problem> problems = new ArrayList<>();
        ApplicationForm form = OfficialForm.of(report.format()).applications();
        report.table(TableKind.APPLICATIONS).ifPresent(t -> applications(t, form, file, problems));
        report.table(TableKind.REVIEWS).ifPresent(t -> reviews(t, file, problems));
        return problems;
    }

    private static void applications(Table table, ApplicationForm form, String file, List<Problem> problems) {
        String key = TableKind.APPLICATIONS.key();
        for (RowForm row : form.rows()) {
            rowTotal(table.row(row.id()), ApplicationForm.TOTAL, key + " " + form.name(row) + " 总计",
                    "自然人 … 其他 add up to", "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他", file,
                    problems);
        }
        List<Cell> total = table.row(form.total().id());
        for (int column = 0; column < ApplicationForm.COLUMNS.size(); column++) {
            String columnName = ApplicationForm.COLUMNS.get(column);
            Cell totalCell = total.get(column);
            List<Cell> results = new ArrayList<>();
            for (RowForm row : form.resultRows()) {
                results.add(table.row(row.id()).get(column));
            }
            if (totalCell.state() != Cell.State.COMPUTED && known(results) && known(List.of(totalCell))) {
                BigDecimal sum = sum(results);
                if (value(totalCell).compareTo(sum) != 0) {
                    problems.add(Problem.warning(file, totalCell.at(), key + " 三、（七）总计 " + columnName + " is "
                            + value(totalCell).toPlainString() + ", but the result rows （一）…（六） add up to "
                            + sum.toPlainString() + "; expected （七）总计 = the sum of every result row"));
                }
            }
            Cell received = table.row(form.received().id()).get(column);
            Cell carried = table.row(form.carried().id()).get(column);
            Cell carriedOver = table.row(form.carriedOver().id()).get(column);
            if (known(List.of(received, carried, carriedOver, totalCell))) {
                BigDecimal expected = value(received).add(value(carried)).subtract(value(carriedOver));
                if (value(totalCell).compareTo(expected) != 0) {
                    Position at = totalCell.state() == Cell.State.COMPUTED ? carriedOver.at() : totalCell.at();
                    problems.add(Problem.warning(file, at, key + " 三、（七）总计 " + columnName + " is "
                            + value(totalCell).toPlainString() + ", but 一 + 二 − 四 gives " + expected.toPlainString()
                            + "; expected 一 + 二 = 三（七）总计 + 四 in every column, as the table's note says"));
                }
            }
        }
    }

    private static void reviews(Table table, String file, List<Problem> problems) {
        for (RowForm row : ReviewForm.ROWS) {
            rowTotal(table.row(row.id()), ReviewForm.TOTAL, TableKind.REVIEWS.key() + " " + row.shortName() + " 总计",
                    "结果维持 + 结果纠正 + 其他结果 + 尚未审结 gives", "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结", file,
                    problems);
        }
    }

    private static void rowTotal(List<Cell> row, int totalIndex, String name, String parts, String rule, String file,
            List<Problem> problems) {
        Cell total = row.get(totalIndex);
        List<Cell> addends = new ArrayList<>(row);
        addends.remove(totalIndex);
        if (total.state() == Cell.State.COMPUTED || !known(addends) || !known(List.of(total))) {
            return;
        }
        BigDecimal sum = sum(addends);
        if (value(total).compareTo(sum) != 0) {
            problems.add(Problem.warning(file, total.at(), name + " is " + value(total).toPlainString() + ", but " + parts
                    + " " + sum.toPlainString() + "; expected " + rule));
        }
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
