package cn.zfxxgk.report.readback;

/** A table cell read back from an output document: its text without line breaks, its spans, and its role if known. */
public record ReadCell(String text, int colspan, int rowspan, String role) {

    @Override
    public String toString() {
        String spans = (rowspan > 1 ? " r" + rowspan : "") + (colspan > 1 ? " c" + colspan : "");
        return text + (spans.isEmpty() ? "" : " [" + spans.strip() + "]");
    }
}
