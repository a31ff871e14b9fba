package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.problem.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FMT-PERIOD: the sentence giving the statistics period reads {@code Y年1月1日 … Y年12月31日} for the report's year
 * (a wrong year or a garbled date such as 202512月31日 is an error); a report without such a sentence gets a note.
 */
final class PeriodRule implements Rule {

    /**
     * A sentence: the text up to its end mark. A sentence about statistics is one with 统计 and, after it, a date; it is
     * found sentence by sentence, since one pattern for the whole (统计 somewhere, a date somewhere after) is tried
     * from every character of a long paragraph and cost most of the time of a {@code check}.
     */
    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?\\n]+");

    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*年?\\s*\\d{1,2}\\s*月");

    @Override
    public String id() {
        return "FMT-PERIOD";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        Report report = input.report();
        String start = report.year() + "年1月1日";
        String end = report.year() + "年12月31日";
        boolean found = false;
        for (Text paragraph : ReportText.narrative(report)) {
            Matcher m = SENTENCE.matcher(paragraph.value());
            while (m.find()) {
                int statistics = m.group().indexOf("统计");
                if (statistics < 0
                        || !DATE.matcher(m.group())
                                .region(statistics + 2, m.group().length())
                                .find()) {
                    continue;
                }
                found = true;
                String sentence = m.group().strip();
                if (!sentence.contains(start) || !sentence.contains(end)) {
                    findings.add(
                            ReportText.at(paragraph, m.start() + m.group().indexOf(sentence)),
                            RuleMessages.periodWrong(sentence, start, end));
                }
            }
        }
        if (!found) {
            Position at = !report.preamble().isEmpty()
                    ? report.preamble().get(0).at()
                    : !report.title().isEmpty()
                            ? report.title().get(0).at()
                            : report.agency().at();
            findings.add(Severity.INFO, at, RuleMessages.periodAbsent(start, end));
        }
    }
}
