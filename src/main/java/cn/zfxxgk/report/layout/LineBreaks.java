package cn.zfxxgk.report.layout;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a line of Chinese text may end. Between two Chinese characters a line may end anywhere, except that no line
 * starts with closing punctuation (，。、；：？！）》」』”’…— and their ASCII forms) and none ends with opening punctuation
 * (（《「『“‘) — the 行首行尾禁则 of GB/T 15834 and W3C "Requirements for Chinese Text Layout" §3.1.7. Some runs are kept
 * whole: a run of ASCII letters, digits and signs without a space (a web or e-mail address, {@code 0999-3022363},
 * {@code 3130.24}), a number with its unit ({@code 3241条}, {@code 892499人次}, {@code 7113万元}) and a date
 * ({@code 2024年1月10日}). Only a run longer than a line is broken inside, at {@link #insideRun}.
 */
public final class LineBreaks {

    /**
     * The zero-width space the PDF renderer puts between the words of a table's fixed label: a text holding one may end
     * a line only after it (or at a space), as CSS {@code word-break: keep-all} with {@code <wbr>} does in a browser.
     */
    public static final char WORD_BREAK = '\u200B';

    /** Characters that may not begin a line: closing brackets and quotes, pause and stop marks, ellipsis, dash. */
    public static final String NO_LINE_START = "，。、；：？！）》」』”’…—〉】〕〗〙｝］〞〟·・～%％‰,.;:?!)]}>";

    /** Characters that may not end a line: opening brackets and quotes. */
    public static final String NO_LINE_END = "（《「『“‘〈【〔〖〘｛［〝([{<";

    /**
     * Units and measure words kept with the number before them, longest first so that {@code 万元} wins over
     * {@code 万}: counts of documents, people, money, time and size as the reports write them.
     */
    private static final List<String> UNITS = List.of(
            "个百分点", "平方公里", "平方米", "立方米", "万人次", "人次", "户次", "件次", "万元", "亿元", "千元", "万人", "万户", "万件", "万条", "万次", "万余",
            "公里", "千米", "小时", "分钟", "年度", "周岁", "余件", "余条", "余人", "余次", "天次", "年", "月", "日", "号", "时", "分", "秒", "天",
            "周", "岁", "个", "件", "条", "次", "人", "名", "位", "户", "家", "项", "份", "篇", "期", "类", "元", "万", "亿", "余", "多",
            "批", "起", "宗", "场", "台", "套", "本", "册", "张", "部", "辆", "座", "所", "栋", "间", "处", "页", "字", "倍", "米", "届",
            "轮", "组", "支", "卷", "盘", "枚", "版", "栏", "幅", "帧", "集", "％", "‰", "℃");

    /** Dashes that join the parts of a number such as a telephone number. */
    private static final String DASHES = "—–－";

    /** A date written as GB/T 9704 7.3.5.4 writes it, or its year-and-month or month-and-day part. */
    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月(\\d{1,2}日)?|\\d{1,2}月\\d{1,2}日");

    private LineBreaks() {}

    /**
     * The offsets where a line may end in {@code text}, ascending: offset {@code i} means "after the character before
     * {@code i}". The end of the text is always one. A run of spaces ends a line after the last space.
     */
    public static int[] opportunities(String text) {
        int length = text.length();
        if (text.indexOf(WORD_BREAK) >= 0) {
            return betweenWords(text);
        }
        boolean[] kept = keptRuns(text);
        int[] found = new int[length + 1];
        int count = 0;
        for (int i = 1; i < length; i++) {
            if (mayBreakBefore(text, i, kept)) {
                found[count++] = i;
            }
        }
        if (length > 0) {
            found[count++] = length;
        }
        return Arrays.copyOf(found, count);
    }

    /** After every {@link #WORD_BREAK} and run of spaces, and at the end. */
    private static int[] betweenWords(String text) {
        int[] found = new int[text.length() + 1];
        int count = 0;
        for (int i = 1; i < text.length(); i++) {
            char before = text.charAt(i - 1);
            if ((before == WORD_BREAK || isSpace(before)) && !isSpace(text.charAt(i))) {
                found[count++] = i;
            }
        }
        found[count++] = text.length();
        return Arrays.copyOf(found, count);
    }

    /**
     * The offsets where a run too long for a line may be broken, for runs that start at the beginning of
     * {@code text}: a web address after {@code /}, after a {@code .} of its host name (before the path) or after
     * {@code @}; an e-mail address after {@code @} or a {@code .}; anything else between any two characters.
     */
    public static int[] insideRun(String text) {
        int length = text.length();
        int[] found = new int[length];
        int count = 0;
        int runEnd = asciiRunEnd(text, 0);
        String run = text.substring(0, runEnd);
        boolean address = run.contains("://") || run.startsWith("www.") || run.contains("@");
        if (address) {
            int pathStart = pathStart(run);
            for (int i = 1; i < runEnd; i++) {
                char before = text.charAt(i - 1);
                if (before == '/' || before == '@' || (before == '.' && i <= pathStart)) {
                    found[count++] = i;
                }
            }
            if (runEnd < length) {
                found[count++] = runEnd;
            }
        }
        for (int i = address ? runEnd + 1 : 1; i < length; i++) {
            if (!Character.isLowSurrogate(text.charAt(i))) {
                found[count++] = i;
            }
        }
        if (length > 0 && (count == 0 || found[count - 1] != length)) {
            found[count++] = length;
        }
        return Arrays.copyOf(found, count);
    }

    /** Where the path of a web address begins (its first single {@code /} after the host), or its end. */
    private static int pathStart(String run) {
        int from = run.indexOf("://");
        from = from < 0 ? 0 : from + 3;
        int slash = run.indexOf('/', from);
        return slash < 0 ? run.length() : slash;
    }

    private static boolean mayBreakBefore(String text, int i, boolean[] kept) {
        char before = text.charAt(i - 1);
        char after = text.charAt(i);
        if (Character.isLowSurrogate(after)) {
            return false;
        }
        if (kept[i]) {
            return false;
        }
        if (isSpace(after)) {
            return false; // the line ends after the spaces, which are then dropped
        }
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        if (isSpace(before)) {
            return true;
        }
        if (DASHES.indexOf(before) >= 0
                && i >= 2
                && Character.isDigit(text.charAt(i - 2))
                && Character.isDigit(after)) {
            return false; // a telephone number written with a dash: 0527—83593059
        }
        return !(isAscii(before) && isAscii(after));
    }

    /**
     * {@code kept[i]} is true when offset {@code i} is inside a run kept whole: an ASCII run, a number with its unit or
     * a date.
     */
    private static boolean[] keptRuns(String text) {
        int length = text.length();
        boolean[] kept = new boolean[length + 1];
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            keep(kept, date.start(), date.end());
        }
        int i = 0;
        while (i < length) {
            if (isAscii(text.charAt(i))) {
                int end = asciiRunEnd(text, i);
                keep(kept, i, end);
                if (Character.isDigit(text.charAt(end - 1))) {
                    String unit = unitAt(text, end);
                    if (unit != null) {
                        keep(kept, end - 1, end + unit.length());
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
        return kept;
    }

    private static void keep(boolean[] kept, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            kept[i] = true;
        }
    }

    private static String unitAt(String text, int at) {
        for (String unit : UNITS) {
            if (text.startsWith(unit, at)) {
                return unit;
            }
        }
        return null;
    }

    /** The end of the run of printable ASCII characters without a space that starts at {@code start}. */
    private static int asciiRunEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isAscii(text.charAt(end))) {
            end++;
        }
        return Math.max(end, start + 1);
    }

    private static boolean isAscii(char c) {
        return c > ' ' && c < 0x7f;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0';
    }
}
