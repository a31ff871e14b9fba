package cn.zfxxgk.report.layout;

import cn.zfxxgk.report.model.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a paragraph is styled. GB/T 9704 sets second-level headings （一）（二）… in 楷体, also when they run into
 * their paragraph ({@code （一）主动公开方面。正文…}); everything else is body text. The text itself is never changed.
 */
public final class ParagraphLayout {

    /** A styled paragraph: {@code lead} is the 楷体 heading part (may be empty), {@code body} the rest. */
    public record Paragraph(Kind kind, String lead, String body) {

        /** The whole text, exactly as written. */
        public String text() {
            return lead + body;
        }
    }

    /** How a paragraph is set. */
    public enum Kind {
        /** A paragraph that is only a second-level heading: （一）全面落实主动公开工作方面. */
        HEADING,
        /** A second-level heading that runs into its paragraph. */
        RUN_IN,
        /** Body text. */
        BODY
    }

    /** A heading number （一）…（十）, full- or half-width brackets. */
    private static final Pattern NUMBER = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)]");
    /** Where a run-in heading ends: the first 。：: after the number, within a heading's length. */
    private static final Pattern RUN_IN_END = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)][^。：:]{1,30}[。：:]");

    private static final int HEADING_MAX = 40;

    private ParagraphLayout() {}

    /** How {@code text} is set. */
    public static Paragraph of(Text text) {
        String value = text.value();
        if (!NUMBER.matcher(value).find()) {
            return new Paragraph(Kind.BODY, "", value);
        }
        Matcher runIn = RUN_IN_END.matcher(value);
        if (runIn.find() && runIn.end() < value.length()) {
            return new Paragraph(Kind.RUN_IN, value.substring(0, runIn.end()), value.substring(runIn.end()));
        }
        if (value.length() <= HEADING_MAX) {
            return new Paragraph(Kind.HEADING, value, "");
        }
        return new Paragraph(Kind.BODY, "", value);
    }
}
