package cn.zfxxgk.report.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency and the year as a report's title states them — only when they can be read without guessing: one year
 * (20xx年 or 20xx年度), and an agency name that ends as agencies' names end (…人民政府, …办公室, …局, …委员会). A title
 * such as 霍城县2023年政府信息公开工作年度报告 names a county, not which of its offices reports, so it gives the year
 * only.
 */
public final class TitleReading {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年度?");
    private static final Pattern AGENCY_END =
            Pattern.compile(".*(人民政府|政府|办公室|办公厅|局|委员会|委|厅|院|中心|办事处|管委会|管理委员会|公署|人民政府办公室|分局|署|所|站|队)$");
    private static final Pattern REPORT = Pattern.compile("(政府)?信息公开(工作)?(年度)?报告.*$|工作年度报告.*$");

    private TitleReading() {}

    /** The year of {@code title}, when exactly one year is named. */
    public static Optional<Integer> year(String title) {
        String text = Texts.compact(title);
        Matcher m = YEAR.matcher(text);
        Integer year = null;
        while (m.find()) {
            int found = Integer.parseInt(m.group(1));
            if (year != null && year != found) {
                return Optional.empty();
            }
            year = found;
        }
        return Optional.ofNullable(year);
    }

    /** The agency of {@code title}: the words before or after the year, when they end as an agency's name does. */
    public static Optional<String> agency(String title) {
        String text = Texts.compact(title).replaceAll("[（(].*?[）)]", "");
        Matcher m = YEAR.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String before = text.substring(0, m.start());
        String after = REPORT.matcher(text.substring(m.end())).replaceFirst("");
        // 2023年巴里坤县人民政府信息公开工作年度报告: the 政府 of the agency is also the 政府 of 政府信息公开
        String afterWithGovernment = text.substring(m.end()).replaceFirst("信息公开(工作)?(年度)?报告.*$", "");
        for (String candidate : new String[] {before, after, afterWithGovernment}) {
            String agency = candidate.replaceAll("[\\s:：,，、]+$", "");
            if (agency.length() >= 3
                    && agency.length() <= 40
                    && AGENCY_END.matcher(agency).matches()
                    && !agency.matches(".*\\d.*")) {
                return Optional.of(agency);
            }
        }
        return Optional.empty();
    }
}
