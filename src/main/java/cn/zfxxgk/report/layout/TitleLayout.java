package cn.zfxxgk.report.layout;

import cn.zfxxgk.report.form.StandardTitle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a title given as one line that does not fit the text width into balanced lines, as GB/T 9704 7.3.1 asks
 * (回行时，要做到词意完整，排列对称，长短适宜): only between words — after the agency, around the year, before
 * 政府信息公开, 工作年度报告 or 年度报告, after a place name (县, 市, 自治区 …) or before 人民政府, 办公室 … inside the
 * agency's name — into as few lines as fit, the first the longest and none shorter than two thirds of it (a trapezoid;
 * a rhombus of three). Titles given as several lines are the author's and are kept as given.
 */
public final class TitleLayout {

    /** Characters of a 2号 (22 pt) title on the 156 mm text width: 442.2 pt / 22 pt. */
    public static final int LINE_WIDTH = 20;

    private static final int FORBIDDEN = Integer.MIN_VALUE;
    private static final int LAST_RESORT = -10;
    private static final int MOST_LINES = 5;

    private static final Pattern YEAR = Pattern.compile("\\d{4}年度?");

    /** Where a place name ends; checked longest first. */
    private static final List<String> PLACES =
            List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "地区", "街道", "省", "市", "州", "盟", "县", "旗", "区", "镇", "乡");

    /** A place suffix followed by these is part of another word: 市场监督管理局, 区域, 乡村振兴局. */
    private static final List<String> NOT_A_PLACE = List.of("市场", "市政", "区域", "县域", "乡村", "镇域", "州府");

    /** Where the organ's own name begins within an agency's name. */
    private static final List<String> ORGANS = List.of("人民政府", "人民代表大会", "办公室", "办公厅", "委员会", "管理委员会");

    private TitleLayout() {}

    /**
     * The printed lines of a title: {@code given} itself unless it is one line wider than {@link #LINE_WIDTH}
     * characters, which is then broken at word boundaries; {@code agency} is the reporting agency, whose name is kept
     * whole where it can be.
     */
    public static List<String> lines(List<String> given, String agency) {
        if (given.size() != 1 || width(given.get(0)) <= LINE_WIDTH) {
            return given;
        }
        String title = given.get(0);
        int[] strengths = strengths(title, agency);
        List<String> best = best(title, strengths, true);
        if (best == null) {
            best = best(title, strengths, false);
        }
        if (best == null) {
            for (int i = 1; i < title.length(); i++) {
                if (strengths[i] == FORBIDDEN
                        && !Character.isDigit(title.charAt(i))
                        && !Character.isLowSurrogate(title.charAt(i))) {
                    strengths[i] = LAST_RESORT;
                }
            }
            best = best(title, strengths, false);
        }
        return best == null ? given : best;
    }

    /** A title's width in characters of its size: an ASCII letter or digit is half a character. */
    public static float width(String text) {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLowSurrogate(c)) {
                width += c < 0x80 ? 0.5f : 1f;
            }
        }
        return width;
    }

    /**
     * How good a break before each offset of {@code title} is; {@link #FORBIDDEN} where it would break a word. The
     * agency's name and the year are the strongest boundaries, then the phrases of the standard ending and the parts
     * of the agency's name.
     */
    private static int[] strengths(String title, String agency) {
        int length = title.length();
        int[] strength = new int[length + 1];
        Arrays.fill(strength, FORBIDDEN);
        int agencyStart = agency == null || agency.isEmpty() ? -1 : title.indexOf(agency);
        // the agency's name, or when the title does not contain it, everything before the standard ending
        int nameStart = Math.max(agencyStart, 0);
        int ending = title.indexOf(StandardTitle.ENDING);
        int nameEnd = agencyStart >= 0 ? agencyStart + agency.length() : ending >= 0 ? ending : length;
        if (agencyStart >= 0) {
            raise(strength, nameStart, 3);
            raise(strength, nameEnd, 3);
        }
        nameBreaks(title, nameStart, nameEnd, strength);
        Matcher year = YEAR.matcher(title);
        while (year.find()) {
            raise(strength, year.start(), 3);
            raise(strength, year.end(), 3);
        }
        for (String word : StandardTitle.ENDING_WORDS) {
            for (int at = title.indexOf(word); at >= 0; at = title.indexOf(word, at + 1)) {
                if (at >= nameEnd || at + word.length() <= nameStart) {
                    raise(strength, at, 0);
                    raise(strength, at + word.length(), 0);
                }
            }
        }
        for (int i = 0; i < StandardTitle.PHRASES.size(); i++) {
            String phrase = StandardTitle.PHRASES.get(i);
            for (int at = title.indexOf(phrase); at >= 0; at = title.indexOf(phrase, at + 1)) {
                if (at >= nameEnd) {
                    raise(strength, at, i == 0 ? 3 : 2);
                }
            }
        }
        for (year.reset(); year.find(); ) {
            Arrays.fill(strength, year.start() + 1, year.end(), FORBIDDEN); // 2023年度 is one word
        }
        return strength;
    }

    /** Boundaries inside an agency's name: after each place name, before the organ's name. */
    private static void nameBreaks(String title, int start, int end, int[] strength) {
        for (int i = start; i < end; i++) {
            int at = i;
            for (String place : PLACES) {
                int after = i + place.length();
                if (title.startsWith(place, i)
                        && after < end
                        && after > start + place.length()
                        && NOT_A_PLACE.stream().noneMatch(w -> title.startsWith(w, at))) {
                    raise(strength, after, 2);
                    break;
                }
            }
            for (String organ : ORGANS) {
                if (i > start && title.startsWith(organ, i)) {
                    raise(strength, i, 2);
                }
            }
        }
    }

    private static void raise(int[] strength, int at, int value) {
        if (at > 0 && at < strength.length - 1) {
            strength[at] = Math.max(strength[at], value);
        }
    }

    /**
     * The best way of breaking {@code title} at the allowed offsets into the fewest lines that fit: with
     * {@code balanced}, only ways whose first line is the longest and whose shortest is at least two thirds of it,
     * the strongest boundaries first; without, any that fit, the most even first.
     */
    private static List<String> best(String title, int[] strength, boolean balanced) {
        List<Integer> allowed = new ArrayList<>();
        for (int i = 1; i < title.length(); i++) {
            if (strength[i] != FORBIDDEN) {
                allowed.add(i);
            }
        }
        for (int lines = 2; lines <= MOST_LINES; lines++) {
            Choice best = search(title, strength, allowed, new int[lines - 1], 0, 0, balanced, null);
            if (best != null) {
                List<String> result = new ArrayList<>();
                int from = 0;
                for (int at : best.breaks()) {
                    result.add(title.substring(from, at));
                    from = at;
                }
                result.add(title.substring(from));
                return result;
            }
        }
        return null;
    }

    private record Choice(int[] breaks, int strength, float spread) {

        boolean betterThan(Choice other, boolean balanced) {
            if (other == null) {
                return true;
            }
            if (balanced && strength != other.strength) {
                return strength > other.strength;
            }
            if (spread != other.spread) {
                return spread < other.spread;
            }
            return strength > other.strength;
        }
    }

    private static Choice search(
            String title,
            int[] strength,
            List<Integer> allowed,
            int[] breaks,
            int index,
            int from,
            boolean balanced,
            Choice best) {
        if (index == breaks.length) {
            return better(title, strength, breaks, balanced, best);
        }
        for (int candidate : allowed) {
            if (candidate > from) {
                breaks[index] = candidate;
                best = search(title, strength, allowed, breaks, index + 1, candidate, balanced, best);
            }
        }
        return best;
    }

    private static Choice better(String title, int[] strength, int[] breaks, boolean balanced, Choice best) {
        float[] widths = new float[breaks.length + 1];
        int from = 0;
        int total = 0;
        for (int i = 0; i <= breaks.length; i++) {
            int to = i < breaks.length ? breaks[i] : title.length();
            widths[i] = width(title.substring(from, to));
            if (widths[i] > LINE_WIDTH) {
                return best;
            }
            if (i < breaks.length) {
                total += strength[to];
            }
            from = to;
        }
        float longest = 0;
        float shortest = Float.MAX_VALUE;
        for (float width : widths) {
            longest = Math.max(longest, width);
            shortest = Math.min(shortest, width);
        }
        if (balanced && (widths[0] < longest || shortest < longest * 2 / 3)) {
            return best;
        }
        Choice choice = new Choice(breaks.clone(), total, longest - shortest);
        return choice.betterThan(best, balanced) ? choice : best;
    }
}
