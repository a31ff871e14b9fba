package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.problem.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CONT-ORDINALS: enumerations count on without a gap or a repeat — 一是、二是、三是 within a paragraph, and paragraphs
 * starting （一）（二）… or 1. 2. … within a section. A list must start at its first number.
 */
final class OrdinalsRule implements Rule {

    /** 一是 … after the start of a clause, so that 统一是 is not taken for one. */
    private static final Pattern IS = Pattern.compile("(?:^|(?<=[，。；：、,;:\\s]))([一二三四五六七八九十]+)是");

    private static final Pattern BRACKETED = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)]");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})[.．、](?!\\d)");

    @Override
    public String id() {
        return "CONT-ORDINALS";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        for (Text paragraph : ReportText.narrative(input.report())) {
            Sequence sequence = new Sequence("是", findings);
            Matcher m = IS.matcher(paragraph.value());
            while (m.find()) {
                sequence.next(paragraph, m.start(1), ReportText.chineseValue(m.group(1)));
            }
        }
        for (Section section : input.report().sections()) {
            sequence(section.paragraphs(), BRACKETED, "（）", findings);
            sequence(section.paragraphs(), ARABIC, ".", findings);
        }
    }

    private static void sequence(List<Text> paragraphs, Pattern marker, String kind, Findings findings) {
        Sequence sequence = new Sequence(kind, findings);
        for (Text paragraph : paragraphs) {
            Matcher m = marker.matcher(paragraph.value());
            if (m.find()) {
                String number = m.group(1);
                int value = Character.isDigit(number.charAt(0))
                        ? Integer.parseInt(number)
                        : ReportText.chineseValue(number);
                sequence.next(paragraph, 0, value);
            }
        }
    }

    /** One enumeration as it is read: each number must be the one after the last. */
    private static final class Sequence {

        private final String kind;
        private final Findings findings;
        private int last;

        Sequence(String kind, Findings findings) {
            this.kind = kind;
            this.findings = findings;
        }

        void next(Text paragraph, int index, int value) {
            if (value != last + 1) {
                findings.add(
                        ReportText.at(paragraph, index),
                        RuleMessages.ordinalOutOfSequence(
                                shown(value), last == 0 ? null : shown(last), shown(last + 1)));
            }
            last = value;
        }

        private String shown(int n) {
            return switch (kind) {
                case "是" -> ReportText.chinese(n) + "是";
                case "（）" -> "（" + ReportText.chinese(n) + "）";
                default -> n + ".";
            };
        }
    }
}
