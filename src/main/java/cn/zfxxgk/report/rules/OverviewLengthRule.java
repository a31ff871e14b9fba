package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.problem.Severity;

/**
 * CONT-GEN-LENGTH: in the 2021 format, 一、总体情况 is 原则上不超过一千字 (国办公开办函〔2021〕30号 一（一）): more than
 * 1000 字 is a warning, more than 900 a note. 字 are Chinese characters, letters and digits, not punctuation.
 */
final class OverviewLengthRule implements Rule {

    static final int LIMIT = 1000;
    static final int NEAR = 900;

    @Override
    public String id() {
        return "CONT-GEN-LENGTH";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        if (input.report().format() != FormatVersion.F2021) {
            return;
        }
        Section section = ReportText.official(input.report(), 1).orElse(null);
        if (section == null) {
            return;
        }
        int length = ReportText.characters(ReportText.joined(section));
        if (length > LIMIT) {
            findings.add(section.heading().at(), RuleMessages.overviewTooLong(length, LIMIT));
        } else if (length > NEAR) {
            findings.add(Severity.INFO, section.heading().at(), RuleMessages.overviewNearLimit(length, LIMIT));
        }
    }
}
