package cn.zfxxgk.report.readback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back with PDFBox: its text page by page and where each run of text stands on the page. */
public final class PdfReadback implements AutoCloseable {

    /** A run of text on one line with the position of its first and last glyph, in points from the top left. */
    public record Run(int page, String text, float x, float endX, float y, float fontSize, String font) {}

    private final PDDocument document;

    public PdfReadback(byte[] pdf) {
        try {
            this.document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDDocument document() {
        return document;
    }

    /** Every run of text of every page, in reading order. */
    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        try {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                int number = page;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        TextPosition first = positions.get(0);
                        TextPosition last = positions.get(positions.size() - 1);
                        runs.add(new Run(
                                number,
                                text,
                                first.getXDirAdj(),
                                last.getXDirAdj() + last.getWidthDirAdj(),
                                first.getYDirAdj(),
                                first.getXScale(),
                                first.getFont().getName()));
                        super.writeString(text, positions);
                    }
                };
                stripper.setSortByPosition(false);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runs;
    }

    /**
     * Every table of the tagged PDF, read from its structure tree (Table, TR, TD with their RowSpan and ColSpan), each
     * cell's text gathered from its marked content.
     */
    public List<List<List<ReadCell>>> tables() {
        List<List<List<ReadCell>>> tables = new ArrayList<>();
        try {
            Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                return tables;
            }
            collectTables(root.getKids(), tables, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private void collectTables(
            List<Object> kids, List<List<List<ReadCell>>> tables, Map<PDPage, Map<Integer, String>> texts)
            throws IOException {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Table".equals(element.getStructureType())) {
                    List<List<ReadCell>> rows = new ArrayList<>();
                    collectRows(element, rows, texts);
                    tables.add(rows);
                } else {
                    collectTables(element.getKids(), tables, texts);
                }
            }
        }
    }

    private void collectRows(
            PDStructureElement element, List<List<ReadCell>> rows, Map<PDPage, Map<Integer, String>> texts)
            throws IOException {
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                if ("TR".equals(child.getStructureType())) {
                    List<ReadCell> row = new ArrayList<>();
                    for (Object cell : child.getKids()) {
                        if (cell instanceof PDStructureElement td) {
                            row.add(new ReadCell(
                                    text(td, texts).replaceAll("\\s+", ""),
                                    span(td, "ColSpan"),
                                    span(td, "RowSpan"),
                                    ""));
                        }
                    }
                    rows.add(row);
                } else {
                    collectRows(child, rows, texts);
                }
            }
        }
    }

    private static int span(PDStructureElement element, String name) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            var value = attributes.getObject(i).getCOSObject().getInt(name, 1);
            if (value != 1) {
                return value;
            }
        }
        return 1;
    }

    private String text(PDStructureElement element, Map<PDPage, Map<Integer, String>> texts) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid) {
                text.append(markedContent(element.getPage(), texts).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage page = reference.getPage() != null ? reference.getPage() : element.getPage();
                text.append(markedContent(page, texts).getOrDefault(reference.getMCID(), ""));
            } else if (kid instanceof PDStructureElement child) {
                text.append(text(child, texts));
            }
        }
        return text.toString();
    }

    private static Map<Integer, String> markedContent(PDPage page, Map<PDPage, Map<Integer, String>> cache)
            throws IOException {
        if (page == null) {
            return Map.of();
        }
        Map<Integer, String> found = cache.get(page);
        if (found == null) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            found = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, found);
            }
            cache.put(page, found);
        }
        return found;
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> found) {
        StringBuilder text = new StringBuilder();
        for (Object o : content.getContents()) {
            if (o instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (o instanceof PDMarkedContent nested) {
                collect(nested, found);
            }
        }
        if (content.getMCID() >= 0) {
            found.merge(content.getMCID(), text.toString(), String::concat);
        }
    }

    /** The text of the whole document with page numbers left out and all white space removed. */
    public String textWithoutPageNumbers() {
        StringBuilder text = new StringBuilder();
        for (Run run : runs()) {
            if (!run.text().strip().matches("— \\d+ —")) {
                text.append(run.text());
            }
        }
        return text.toString().replaceAll("\\s+", "");
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
