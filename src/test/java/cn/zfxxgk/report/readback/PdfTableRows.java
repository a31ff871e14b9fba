package cn.zfxxgk.report.readback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The rows of every table of a tagged PDF with where their text is printed: for each row, the pages it has text on
 * and, per page, the top and bottom of that text (points from the top of the page).
 */
public final class PdfTableRows {

    /** A row: whether it is a header row, its cells' texts and row spans, and the extent of its text on each page. */
    public record Row(boolean header, List<String> cells, List<Integer> rowspans, Map<Integer, float[]> extents) {}

    private final PDDocument document;
    private final Map<PDPage, Map<Integer, List<TextPosition>>> content = new HashMap<>();

    public PdfTableRows(PDDocument document) {
        this.document = document;
    }

    /** The tables in document order, each its rows in order. */
    public List<List<Row>> tables() {
        List<List<Row>> tables = new ArrayList<>();
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            for (Object kid : root.getKids()) {
                collect(kid, tables);
            }
        }
        return tables;
    }

    private void collect(Object node, List<List<Row>> tables) {
        if (node instanceof PDStructureElement element) {
            if ("Table".equals(element.getStructureType())) {
                List<Row> rows = new ArrayList<>();
                rows(element, false, rows);
                tables.add(rows);
            } else {
                element.getKids().forEach(kid -> collect(kid, tables));
            }
        }
    }

    private void rows(PDStructureElement element, boolean header, List<Row> rows) {
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                if ("TR".equals(child.getStructureType())) {
                    List<String> cells = new ArrayList<>();
                    List<Integer> rowspans = new ArrayList<>();
                    Map<Integer, float[]> extents = new TreeMap<>();
                    for (Object cellKid : child.getKids()) {
                        if (cellKid instanceof PDStructureElement cell) {
                            StringBuilder text = new StringBuilder();
                            positions(cell, text, extents);
                            cells.add(text.toString().replaceAll("\\s+", ""));
                            rowspans.add(span(cell));
                        }
                    }
                    rows.add(new Row(header, cells, rowspans, extents));
                } else {
                    rows(child, header || "THead".equals(child.getStructureType()), rows);
                }
            }
        }
    }

    private void positions(PDStructureElement element, StringBuilder text, Map<Integer, float[]> extents) {
        for (Object kid : element.getKids()) {
            PDPage page = null;
            int mcid = -1;
            if (kid instanceof Integer id) {
                page = element.getPage();
                mcid = id;
            } else if (kid instanceof PDMarkedContentReference reference) {
                page = reference.getPage() != null ? reference.getPage() : element.getPage();
                mcid = reference.getMCID();
            } else if (kid instanceof PDStructureElement child) {
                positions(child, text, extents);
            }
            if (page != null) {
                int number = document.getPages().indexOf(page) + 1;
                for (TextPosition position : content(page).getOrDefault(mcid, List.of())) {
                    text.append(position.getUnicode());
                    float[] extent =
                            extents.computeIfAbsent(number, n -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE});
                    extent[0] = Math.min(extent[0], position.getYDirAdj() - position.getHeightDir());
                    extent[1] = Math.max(extent[1], position.getYDirAdj());
                }
            }
        }
    }

    private Map<Integer, List<TextPosition>> content(PDPage page) {
        return content.computeIfAbsent(page, p -> {
            Map<Integer, List<TextPosition>> found = new HashMap<>();
            try {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(p);
                extractor.getMarkedContents().forEach(c -> collect(c, found));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return found;
        });
    }

    private static void collect(PDMarkedContent content, Map<Integer, List<TextPosition>> found) {
        for (Object o : content.getContents()) {
            if (o instanceof TextPosition position && content.getMCID() >= 0) {
                found.computeIfAbsent(content.getMCID(), k -> new ArrayList<>()).add(position);
            } else if (o instanceof PDMarkedContent nested) {
                collect(nested, found);
            }
        }
    }

    private static int span(PDStructureElement element) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            int value = attributes.getObject(i).getCOSObject().getInt("RowSpan", 1);
            if (value != 1) {
                return value;
            }
        }
        return 1;
    }
}
