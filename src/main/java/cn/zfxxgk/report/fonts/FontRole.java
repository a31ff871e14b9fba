package cn.zfxxgk.report.fonts;

import java.util.Locale;

/** What a piece of text is, which decides its font family list (GB/T 9704: 小标宋 title, 仿宋 body, 黑体 and 楷体 headings). */
public enum FontRole {
    TITLE("标题"),
    BODY("正文"),
    HEADING("一级标题"),
    SUBHEADING("二级标题"),
    TABLE("表格"),
    PAGE_NUMBER("页码");

    private final String chinese;

    FontRole(String chinese) {
        this.chinese = chinese;
    }

    /** What the role is called in Chinese messages: {@code 正文} for body text. */
    public String chinese() {
        return chinese;
    }

    /** The key of the role in {@code fonts.properties} and in the template view, e.g. {@code pageNumber}. */
    public String key() {
        String lower = name().toLowerCase(Locale.ROOT);
        int underscore = lower.indexOf('_');
        return underscore < 0
                ? lower
                : lower.substring(0, underscore)
                        + Character.toUpperCase(lower.charAt(underscore + 1))
                        + lower.substring(underscore + 2);
    }
}
