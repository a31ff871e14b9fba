package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The narrative of a report as the rules read it: the six official sections found by their headings, section numbers
 * (一、 … 十、), places inside a paragraph, and the counting of 字 the notices use.
 */
final class ReportText {

    /** Words that identify each official section whatever its exact heading. */
    private static final List<Pattern> TOPICS = List.of(
            Pattern.compile("总体情况|总体|概述"),
            Pattern.compile("主动公开"),
            Pattern.compile("申请"),
            Pattern.compile("复议|诉讼"),
            Pattern.compile("问题|改进"),
            Pattern.compile("其他"));

    private static final Pattern NUMBERED = Pattern.compile("^\\s*([一二三四五六七八九十]+|\\d{1,2})\\s*[、．.]\\s*");
    private static final String DIGITS = "一二三四五六七八九";

    private ReportText() {}

    /** The number of a heading such as {@code 三、收到…} or {@code 3、 收到…} (3); empty when it has none. */
    static OptionalInt number(String heading) {
        Matcher m = NUMBERED.matcher(heading);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        String n = m.group(1);
        return OptionalInt.of(Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : chineseValue(n));
    }

    /** Whether the heading is numbered in Arabic digits ({@code 1、 工作概述}) rather than 一、. */
    static boolean arabic(String heading) {
        Matcher m = NUMBERED.matcher(heading);
        return m.find() && Character.isDigit(m.group(1).charAt(0));
    }

    /** The heading without its number: {@code 三、收到…} → {@code 收到…}. */
    static String title(String heading) {
        return NUMBERED.matcher(heading).replaceFirst("").strip();
    }

    /** The official section {@code n} (1 … 6) of the report, found by its topic; empty when the report lacks it. */
    static Optional<Section> official(Report report, int n) {
        for (Section section : report.sections()) {
            if (topic(section) == n) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** Which official section (1 … 6) {@code section} is, by its heading's words; 0 when none. */
    static int topic(Section section) {
        String title = title(section.heading().value());
        if (section.table() != null) {
            return switch (section.table()) {
                case ACTIVE -> 2;
                case APPLICATIONS -> 3;
                case REVIEWS -> 4;
            };
        }
        for (int i = 0; i < TOPICS.size(); i++) {
            if (i >= 1 && i <= 3) {
                continue; // the table sections are known by their tables
            }
            if (TOPICS.get(i).matcher(title).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The paragraphs of a section joined with line breaks. */
    static String joined(Section section) {
        return String.join("\n", section.paragraphs().stream().map(Text::value).toList());
    }

    /** Every paragraph of narrative: the preamble, then each section's. */
    static List<Text> narrative(Report report) {
        List<Text> all = new ArrayList<>(report.preamble());
        report.sections().forEach(s -> all.addAll(s.paragraphs()));
        return all;
    }

    /** Where the character at {@code index} of {@code text} stands in the file. */
    static Position at(Text text, int index) {
        if (text.at().equals(Position.NONE)) {
            return Position.NONE;
        }
        return new Position(text.at().line(), text.at().column() + text.value().codePointCount(0, index));
    }

    /** 字 as the notices count them: Chinese characters, letters and digits (not punctuation or spaces). */
    static int characters(String text) {
        return (int) text.codePoints()
                .filter(c ->
                        Character.isLetterOrDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
    }

    /** {@code 十二} → 12 (up to 九十九). */
    static int chineseValue(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(numeral.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(numeral.charAt(0)) + 1;
        int units = ten == numeral.length() - 1 ? 0 : DIGITS.indexOf(numeral.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }

    /** 12 → {@code 十二} (1 … 99). */
    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10 - 1);
    }
}
