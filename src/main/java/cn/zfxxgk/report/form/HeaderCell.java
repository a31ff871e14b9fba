package cn.zfxxgk.report.form;

/** A fixed header cell of an official table; a {@code \n} in its text is a line break the form prints. */
public record HeaderCell(String text, int colspan, int rowspan) {

    /** A header cell spanning {@code colspan} columns and one row. */
    public static HeaderCell of(String text, int colspan) {
        return new HeaderCell(text, colspan, 1);
    }
}
