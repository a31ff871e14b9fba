package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.problem.Severity;

/**
 * FMT-VERSION: the tables follow the format in force for the report's year — 国办公开办函〔2019〕60号 for 2019 and
 * 2020, 〔2021〕30号 from 2021 on. A 2021 table in a 2019 or 2020 report is an error (it did not exist); a report from
 * 2021 on that keeps the 2019 tables is a warning, since {@code format: 2019} says the author chose it.
 */
final class FormatVersionRule implements Rule {

    @Override
    public String id() {
        return "FMT-VERSION";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        int year = input.report().year();
        FormatVersion format = input.report().format();
        if (year >= 2021 && format == FormatVersion.F2019) {
            findings.add(Severity.WARNING, input.keyAt("format"), RuleMessages.formatOld(year));
        } else if (year >= 2019 && year <= 2020 && format == FormatVersion.F2021) {
            findings.add(input.keyAt("format"), RuleMessages.formatTooNew(year));
        }
    }
}
