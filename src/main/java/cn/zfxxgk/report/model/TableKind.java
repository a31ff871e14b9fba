package cn.zfxxgk.report.model;

/** The three official tables, by the key an author writes for them and the section of the form they belong to. */
public enum TableKind {
    /** 二、主动公开政府信息情况 (第二十条). */
    ACTIVE("主动公开", "二、主动公开政府信息情况"),
    /** 三、收到和处理政府信息公开申请情况. */
    APPLICATIONS("依申请公开", "三、收到和处理政府信息公开申请情况"),
    /** 四、政府信息公开行政复议、行政诉讼情况. */
    REVIEWS("复议诉讼", "四、政府信息公开行政复议、行政诉讼情况");

    private final String key;
    private final String title;

    TableKind(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The YAML key of the table and the name a section uses to show it, e.g. {@code 依申请公开}. */
    public String key() {
        return key;
    }

    /** The official heading of the section the table belongs to. */
    public String title() {
        return title;
    }

    /** The kind whose key is {@code key}, or {@code null}. */
    public static TableKind byKey(String key) {
        for (TableKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
