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
 * CONT-PLACEHOLDER: no text of the template is left in — the official template's （文字描述）, which {@code init}
 * writes too, and the usual marks of a blank to fill (XXX, ×××, X月X日, 某某, 请填写 …).
 */
final class PlaceholderRule implements Rule {

    static final Pattern PLACEHOLDER =
            Pattern.compile("[（(]?文字描述[^）)\\n]{0,30}[）)]?|[Xx×]{3,}|[Xx×]月[Xx×]日" + "|某某|待填写|请填写|此处填写|TODO");

    @Override
    public String id() {
        return "CONT-PLACEHOLDER";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        for (Text text : texts(input.report())) {
            Matcher m = PLACEHOLDER.matcher(text.value());
            while (m.find()) {
                findings.add(ReportText.at(text, m.start()), RuleMessages.placeholder(m.group()));
            }
        }
    }

    private static List<Text> texts(Report report) {
        List<Text> all = new ArrayList<>(report.title());
        all.addAll(report.preamble());
        for (Section section : report.sections()) {
            all.add(section.heading());
            all.addAll(section.paragraphs());
        }
        report.signatureBlock().filter(s -> s.agency() != null).ifPresent(s -> all.add(s.agency()));
        return all;
    }
}
