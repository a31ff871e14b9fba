package cn.zfxxgk.report.ingest;

/**
 * Where something stands in the published file: a line and column of an HTML page (as jsoup tracked them), or a place
 * described in words for formats without lines, such as {@code table 2, row 5, cell 3} in a DOCX or
 * {@code page 3, line 12} in a PDF.
 */
public record Origin(int line, int column, String place) {

    /** A position nobody can point at, for what concerns the whole file. */
    public static final Origin FILE = new Origin(0, 0, "");

    /** A line and column, 1-based. */
    public static Origin at(int line, int column) {
        return new Origin(line, column, "");
    }

    /** A place described in words. */
    public static Origin place(String description) {
        return new Origin(0, 0, description);
    }

    /** Whether this is {@link #FILE}. */
    public boolean isFile() {
        return line == 0 && place.isEmpty();
    }

    @Override
    public String toString() {
        return line > 0 ? line + ":" + column : place;
    }
}
