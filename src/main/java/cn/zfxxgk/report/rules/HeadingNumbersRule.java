package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.problem.Severity;
import java.util.OptionalInt;

/**
 * FMT-HEADING-NUMBERS: the sections' numbers (一、 二、 …) run from 一 without a gap or a repeat — a deleted or copied
 * section leaves two 三、 or a 五、 after 三、 — and are all Chinese numerals, as the official headings are (a report
 * numbering some 1、 and others 三、 has been pieced together).
 */
final class HeadingNumbersRule implements Rule {

    @Override
    public String id() {
        return "FMT-HEADING-NUMBERS";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        int previous = 0;
        Section previousSection = null;
        for (Section section : input.report().sections()) {
            OptionalInt number = ReportText.number(section.heading().value());
            if (number.isEmpty()) {
                continue;
            }
            int n = number.getAsInt();
            if (ReportText.arabic(section.heading().value())) {
                findings.add(
                        Severity.WARNING,
                        section.heading().at(),
                        RuleMessages.headingNumberArabic(section.heading().value(), ReportText.chinese(n)));
            }
            if (previousSection != null && n == previous) {
                findings.add(
                        section.heading().at(),
                        RuleMessages.headingNumberRepeated(
                                ReportText.chinese(n),
                                previousSection.heading().at().line()));
            } else if (n != previous + 1) {
                findings.add(
                        section.heading().at(),
                        RuleMessages.headingNumberOutOfSequence(
                                ReportText.chinese(n),
                                previous == 0 ? null : ReportText.chinese(previous),
                                ReportText.chinese(previous + 1)));
            }
            previous = n;
            previousSection = section;
        }
    }
}
