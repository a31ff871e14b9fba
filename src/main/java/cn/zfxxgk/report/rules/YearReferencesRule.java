package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CONT-YEAR-REFS: the years a report names fit its year — the work of 总体情况 (and the preamble) is this year's, so
 * last year named in a sentence that compares nothing is likely left from copying last year's report; and the plans
 * of 五 are for next year, so "{@code Y年，将…}" with this year or an earlier one is a slip.
 */
final class YearReferencesRule implements Rule {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?\\n]+");
    /** Words that make last year's mention legitimate: a comparison, a span, a carry-over. */
    private static final Pattern COMPARING =
            Pattern.compile("同比|上年|去年|上一年|较|相比|比|以来|截至|截止|至今|自|起|结转" + "|延续|继续|持续|以前|之前|底|末|期间|至");

    private static final Pattern PLAN = Pattern.compile("(\\d{4})年[^。；;\\d]{0,8}?(将|计划|拟|要)");

    @Override
    public String id() {
        return "CONT-YEAR-REFS";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        Report report = input.report();
        int year = report.year();
        List<Text> present = new ArrayList<>(report.preamble());
        ReportText.official(report, 1).ifPresent(s -> present.addAll(s.paragraphs()));
        for (Text paragraph : present) {
            Matcher sentence = SENTENCE.matcher(paragraph.value());
            while (sentence.find()) {
                String text = sentence.group();
                if (COMPARING.matcher(text).find() || text.contains(year + "年")) {
                    continue;
                }
                Matcher m = YEAR.matcher(text);
                while (m.find()) {
                    if (Integer.parseInt(m.group(1)) == year - 1) {
                        findings.add(
                                ReportText.at(paragraph, sentence.start() + m.start()),
                                RuleMessages.lastYearInPresent(m.group(), year));
                    }
                }
            }
        }
        Section plans = ReportText.official(report, 5).orElse(null);
        if (plans == null) {
            return;
        }
        for (Text paragraph : plans.paragraphs()) {
            Matcher m = PLAN.matcher(paragraph.value());
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) <= year) {
                    findings.add(ReportText.at(paragraph, m.start()), RuleMessages.planInPast(m.group(), year + 1));
                }
            }
        }
    }
}
