package cn.zfxxgk.report.model;

/**
 * The two official table layouts. A report names its format whatever its year: some 2022 reports still use the
 * 2019 tables.
 */
public enum FormatVersion {
    /** 国办公开办函〔2019〕60号 (试行): table 二 with 第二十条第（九）项, table 三 with a single （六）其他处理 row. */
    F2019("2019", "国办公开办函〔2019〕60号"),
    /** 国办公开办函〔2021〕30号: table 二 without （九）, table 三 with three （六）其他处理 rows. */
    F2021("2021", "国办公开办函〔2021〕30号");

    private final String code;
    private final String notice;

    FormatVersion(String code, String notice) {
        this.code = code;
        this.notice = notice;
    }

    /** The value an author writes after {@code format:}, e.g. {@code 2021}. */
    public String code() {
        return code;
    }

    /** The notice that fixed this layout, for messages and documentation. */
    public String notice() {
        return notice;
    }
}
