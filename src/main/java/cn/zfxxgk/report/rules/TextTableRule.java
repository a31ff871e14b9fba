package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.problem.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DATA-TEXT-TABLE: numbers the narrative states agree with the tables — 新收N件 and 上年结转N件 with table 三's totals,
 * 收到/受理…申请N件 with 新收 or 新收 + 结转, 行政复议N件 with table 四's 复议 总计, 行政诉讼N件 with its two 诉讼 totals, and
 * 未收到…申请 / 未发生…复议、诉讼 with zeros. A number the table has lost (缺失) is not compared.
 */
final class TextTableRule implements Rule {

    private static final String GAP = "[^0-9，。；,;：:]{0,20}?";
    private static final String COUNT = "(\\d+)\\s*(?:件|条|份|个|起|宗)";
    private static final Pattern NEW = Pattern.compile("(?:新收|新接收|新受理)" + GAP + COUNT);
    private static final Pattern RECEIVED = Pattern.compile("(?<!新)(?:收到|受理)" + GAP + "申请[^0-9，。；,;]{0,6}?" + COUNT);
    private static final Pattern CARRIED = Pattern.compile("上年结转" + GAP + COUNT);
    private static final Pattern REVIEWS = Pattern.compile("行政复议[^0-9，。；,;、和及与]{0,6}?" + COUNT);
    private static final Pattern LAWSUITS = Pattern.compile("行政诉讼[^0-9，。；,;、和及与]{0,6}?" + COUNT);
    private static final Pattern NONE_RECEIVED = Pattern.compile("未(?:收到|受理|接到)[^，。；,;]{0,20}?申请");
    private static final Pattern NONE_REVIEWED = Pattern.compile("未(?:发生|有|涉及|出现)[^，。；,;]{0,12}?(行政复议|行政诉讼)");

    @Override
    public String id() {
        return "DATA-TEXT-TABLE";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        Report report = input.report();
        ApplicationForm form = OfficialForm.of(report.format()).applications();
        Optional<BigDecimal> received =
                total(report, TableKind.APPLICATIONS, form.received().id(), ApplicationForm.TOTAL);
        Optional<BigDecimal> carried =
                total(report, TableKind.APPLICATIONS, form.carried().id(), ApplicationForm.TOTAL);
        Optional<BigDecimal> reviews =
                total(report, TableKind.REVIEWS, ReviewForm.ROWS.get(0).id(), ReviewForm.TOTAL);
        Optional<BigDecimal> direct =
                total(report, TableKind.REVIEWS, ReviewForm.ROWS.get(1).id(), ReviewForm.TOTAL);
        Optional<BigDecimal> after =
                total(report, TableKind.REVIEWS, ReviewForm.ROWS.get(2).id(), ReviewForm.TOTAL);
        Optional<BigDecimal> lawsuits = direct.flatMap(d -> after.map(d::add));
        for (Text paragraph : ReportText.narrative(report)) {
            String text = paragraph.value();
            compare(paragraph, NEW.matcher(text), received, "三 一、本年新收 总计", findings);
            compare(paragraph, CARRIED.matcher(text), carried, "三 二、上年结转 总计", findings);
            compare(paragraph, REVIEWS.matcher(text), reviews, "四 行政复议 总计", findings);
            compare(paragraph, LAWSUITS.matcher(text), lawsuits, "四 行政诉讼 总计（未经复议直接起诉 + 复议后起诉）", findings);
            Matcher m = RECEIVED.matcher(text);
            while (m.find()) {
                BigDecimal said = new BigDecimal(m.group(1));
                if (received.isPresent()
                        && carried.isPresent()
                        && said.compareTo(received.get()) != 0
                        && said.compareTo(received.get().add(carried.get())) != 0) {
                    findings.add(
                            ReportText.at(paragraph, m.start()),
                            RuleMessages.receivedDisagrees(
                                    m.group(),
                                    received.get().toPlainString(),
                                    received.get().add(carried.get()).toPlainString()));
                }
            }
            m = NONE_RECEIVED.matcher(text);
            while (m.find()) {
                if (received.isPresent()
                        && carried.isPresent()
                        && received.get().add(carried.get()).signum() != 0) {
                    findings.add(
                            ReportText.at(paragraph, m.start()),
                            RuleMessages.noneDisagrees(
                                    m.group(),
                                    "三 一、本年新收 + 二、上年结转 总计",
                                    received.get().add(carried.get()).toPlainString()));
                }
            }
            m = NONE_REVIEWED.matcher(text);
            while (m.find()) {
                boolean review = m.group(1).equals("行政复议");
                Optional<BigDecimal> total = review ? reviews : lawsuits;
                if (total.isPresent() && total.get().signum() != 0) {
                    findings.add(
                            ReportText.at(paragraph, m.start()),
                            RuleMessages.noneDisagrees(
                                    m.group(),
                                    review ? "四 行政复议 总计" : "四 行政诉讼 总计",
                                    total.get().toPlainString()));
                }
            }
        }
    }

    private static void compare(Text paragraph, Matcher m, Optional<BigDecimal> table, String cell, Findings findings) {
        while (m.find()) {
            if (table.isPresent() && new BigDecimal(m.group(1)).compareTo(table.get()) != 0) {
                findings.add(
                        ReportText.at(paragraph, m.start()),
                        RuleMessages.numberDisagrees(
                                m.group(), cell, table.get().toPlainString()));
            }
        }
    }

    /** The value of one cell, when the table is there and the cell has a number. */
    private static Optional<BigDecimal> total(Report report, TableKind kind, String row, int column) {
        Optional<Table> table = report.table(kind);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        List<Cell> cells = table.get().row(row);
        Cell cell = cells.get(column);
        return cell.isLost() ? Optional.empty() : Optional.ofNullable(cell.number());
    }
}
