package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.problem.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CONT-SEC5-QUALITY: section 五 names this year's problems and the measures for next year, item by item
 * (国办公开办函〔2021〕30号 一（五）). An empty 五 or one saying only 无 is an error; a 五 without a 问题 part, without an
 * 改进 part, with fewer than two enumerated items or with no plan for next year is a warning, one each.
 */
final class ProblemsSectionRule implements Rule {

    private static final Pattern NOTHING = Pattern.compile("^[\\s。.，,；;！!]*(无|暂无|没有|无问题|无相关问题)?[\\s。.，,；;！!]*$");
    private static final Pattern PROBLEMS = Pattern.compile("问题|不足|差距|短板|薄弱|有待");
    private static final Pattern MEASURES = Pattern.compile("改进|下一步|措施|整改|将进一步|将继续|将持续|加强");
    private static final Pattern[] ITEMS = {
        Pattern.compile("[一二三四五六七八九十]是"),
        Pattern.compile("[（(][一二三四五六七八九十]+[）)]"),
        Pattern.compile("(?:^|[\\n。；;：:])\\s*\\d{1,2}[.．、](?!\\d)"),
        Pattern.compile("(?:^|[\\n。；;：:])\\s*(?:首先|其次|再次|最后|第[一二三四五六七八九十]+)")
    };

    @Override
    public String id() {
        return "CONT-SEC5-QUALITY";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        Section section = ReportText.official(input.report(), 5).orElse(null);
        if (section == null) {
            return;
        }
        String text = ReportText.joined(section);
        if (!text.isBlank()
                && PlaceholderRule.PLACEHOLDER.matcher(text).replaceAll("").isBlank()) {
            return; // still the template's text: CONT-PLACEHOLDER says so
        }
        Position at = section.heading().at();
        if (NOTHING.matcher(text).matches()) {
            findings.add(Severity.ERROR, at, RuleMessages.problemsNothing(text.strip()));
            return;
        }
        if (!PROBLEMS.matcher(text).find()) {
            findings.add(at, RuleMessages.problemsWithoutProblems());
        }
        if (!MEASURES.matcher(text).find()) {
            findings.add(at, RuleMessages.problemsWithoutMeasures());
        }
        int items = 0;
        for (Pattern item : ITEMS) {
            Matcher m = item.matcher(text);
            int count = 0;
            while (m.find()) {
                count++;
            }
            items = Math.max(items, count);
        }
        if (items < 2) {
            findings.add(at, RuleMessages.problemsFewItems(items));
        }
        int next = input.report().year() + 1;
        if (!text.contains(next + "年") && !text.contains("明年") && !text.contains("下一年")) {
            findings.add(at, RuleMessages.problemsNoPlan(next));
        }
    }
}
