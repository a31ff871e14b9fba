package cn.zfxxgk.report.ingest.pdf;

/**
 * A ruling line of a table, horizontal or vertical, in points from the top left of the page: for a horizontal rule
 * {@code at} is its y and {@code from}–{@code to} its x extent; for a vertical rule the other way round.
 */
record Rule(boolean horizontal, float at, float from, float to) {

    /** Whether the rule passes {@code position} along its length, with {@code slack} points to spare. */
    boolean covers(float position, float slack) {
        return position >= from - slack && position <= to + slack;
    }
}
