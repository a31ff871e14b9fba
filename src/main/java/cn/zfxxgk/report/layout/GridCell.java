package cn.zfxxgk.report.layout;

import java.util.List;

/**
 * One cell of a table grid as printed: its lines (a header such as 商业/企业 is printed on two), spans and role.
 */
public record GridCell(List<String> lines, int colspan, int rowspan, Role role) {

    /** What a cell is, which decides how it is drawn. */
    public enum Role {
        /** The 勾稽 note of table 三, in 楷体. */
        NOTE,
        /** A fixed column header. */
        HEADER,
        /** A 第二十条 item row of table 二 (shaded in the 2019 format). */
        ITEM,
        /** A fixed row label. */
        LABEL,
        /** A value from the data. */
        VALUE
    }

    public GridCell {
        lines = List.copyOf(lines);
    }

    /** A cell whose text may hold {@code \n} line breaks. */
    static GridCell of(String text, int colspan, int rowspan, Role role) {
        return new GridCell(List.of(text.split("\n", -1)), colspan, rowspan, role);
    }

    /** The text without its line breaks, as a reader copies it. */
    public String text() {
        return String.join("", lines);
    }
}
