package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.form.OfficialSections;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.problem.Severity;
import cn.zfxxgk.report.problem.Suggestions;
import java.util.OptionalInt;

/**
 * FMT-LABELS: a heading that is the official one but for a slip of one or two characters (五、存在的主要问题和改进情况,
 * 四、政府信息公开行政法复议…) is flagged with the official text. Headings further from it are the author's own choice.
 * The tables' row and column labels come from the official form and cannot be mistyped.
 */
final class HeadingLabelsRule implements Rule {

    @Override
    public String id() {
        return "FMT-LABELS";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        for (Section section : input.report().sections()) {
            String heading = section.heading().value();
            OptionalInt number = ReportText.number(heading);
            if (number.isEmpty() || number.getAsInt() > 6) {
                continue;
            }
            String official = OfficialSections.HEADINGS.get(number.getAsInt() - 1);
            String title = ReportText.title(heading);
            int distance = Suggestions.distance(title, ReportText.title(official));
            if (distance > 0 && distance <= 2) {
                findings.add(section.heading().at(), RuleMessages.headingSlip(heading, official));
            }
        }
    }
}
