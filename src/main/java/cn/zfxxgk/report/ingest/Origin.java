package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.problem.Language;

/**
 * Where something stands in the published file: a line and column of an HTML page (as jsoup tracked them), or a place
 * described in words for formats without lines, in both languages, such as {@code table 2, row 5, cell 3} (第 2 个表格
 * 第 5 行第 3 格) in a DOCX or {@code page 3, line 12} (第 3 页第 12 行) in a PDF; {@link ImportMessages} words them.
 *
 * @param place the place in English, empty for a line and column
 * @param placeZh the place in Chinese, empty for a line and column
 */
public record Origin(int line, int column, String place, String placeZh) {

    /** A position nobody can point at, for what concerns the whole file. */
    public static final Origin FILE = new Origin(0, 0, "", "");

    /** A line and column, 1-based. */
    public static Origin at(int line, int column) {
        return new Origin(line, column, "", "");
    }

    /** A place described in words, in English and in Chinese. */
    public static Origin place(String en, String zh) {
        return new Origin(0, 0, en, zh);
    }

    /** Whether this is {@link #FILE}. */
    public boolean isFile() {
        return line == 0 && place.isEmpty();
    }

    /** {@code 12:5}, or the place in {@code language}. */
    public String in(Language language) {
        return line > 0 ? line + ":" + column : language == Language.ZH ? placeZh : place;
    }

    /** {@code 12:5}, or the place in English. */
    @Override
    public String toString() {
        return in(Language.EN);
    }
}
