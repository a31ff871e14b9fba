package cn.zfxxgk.report.readback;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Reads tables and text back from HTML with jsoup, the way a reader's browser would see them. */
public final class HtmlReadback {

    private HtmlReadback() {}

    /** The rows of {@code table} (thead and tbody), each a list of its cells. */
    public static List<List<ReadCell>> rows(Element table) {
        List<List<ReadCell>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<ReadCell> cells = new ArrayList<>();
            for (Element td : tr.select("> td, > th")) {
                cells.add(new ReadCell(text(td), span(td, "colspan"), span(td, "rowspan"), td.className()));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The element's text with line breaks removed and nothing else changed. */
    public static String text(Element element) {
        StringBuilder text = new StringBuilder();
        for (TextNode node : element.textNodes()) {
            text.append(node.getWholeText());
        }
        for (Element child : element.children()) {
            if (!child.tagName().equals("br")) {
                text.append(text(child));
            }
        }
        return text.toString().strip();
    }

    private static int span(Element td, String attribute) {
        String value = td.attr(attribute);
        return value.isEmpty() ? 1 : Integer.parseInt(value);
    }

    /** A table as reviewable text: one line a row, cells separated by ' | ', spans in brackets. */
    public static String dump(List<List<ReadCell>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<ReadCell> row : rows) {
            out.append(String.join(" | ", row.stream().map(ReadCell::toString).toList()))
                    .append('\n');
        }
        return out.toString();
    }
}
