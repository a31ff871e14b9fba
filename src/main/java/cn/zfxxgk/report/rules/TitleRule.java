package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.form.StandardTitle;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.problem.Severity;
import java.util.regex.Pattern;

/**
 * FMT-TITLE: the title is the agency, the year and 政府信息公开工作年度报告 ({@code 2023年} or {@code 2023年度}) — not
 * …工作报告, not …工作的年度报告, not another year. Lines are joined and spaces ignored.
 */
final class TitleRule implements Rule {

    @Override
    public String id() {
        return "FMT-TITLE";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        Report report = input.report();
        if (report.title().isEmpty()) {
            return;
        }
        String title = String.join("", report.title().stream().map(Text::value).toList())
                .replaceAll("\\s", "");
        String agency = report.agency().value().replaceAll("\\s", "");
        Pattern official =
                Pattern.compile(Pattern.quote(agency) + report.year() + "年度?" + Pattern.quote(StandardTitle.ENDING));
        if (!official.matcher(title).matches()) {
            findings.add(
                    report.title().get(0).at(),
                    RuleMessages.titleUnofficial(title, StandardTitle.of(agency, report.year())));
        }
    }
}
