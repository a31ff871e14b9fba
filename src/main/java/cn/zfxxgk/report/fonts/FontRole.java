package cn.zfxxgk.report.fonts;

import java.util.Locale;

/** What a piece of text is, which decides its font family list (GB/T 9704: 小标宋 title, 仿宋 body, 黑体 and 楷体 headings). */
public enum FontRole {
    TITLE,
    BODY,
    HEADING,
    SUBHEADING,
    TABLE,
    PAGE_NUMBER;

    /** The key of the role in {@code fonts.properties} and in the template view, e.g. {@code pageNumber}. */
    public String key() {
        String lower = name().toLowerCase(Locale.ROOT);
        int underscore = lower.indexOf('_');
        return underscore < 0 ? lower
                : lower.substring(0, underscore) + Character.toUpperCase(lower.charAt(underscore + 1))
                        + lower.substring(underscore + 2);
    }
}
