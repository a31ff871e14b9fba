package cn.zfxxgk.report.readback;

import cn.zfxxgk.report.readback.PrintedPdf.Glyph;
import java.util.ArrayList;
import java.util.List;

/**
 * A printed PDF read against the document it was made from: every paragraph and table cell of a DOCX's body found, in
 * order, among the glyphs the PDF draws in its text block (the page numbers below it left out), so that a test can ask
 * where each one is printed, on which lines and in which font. Text is compared without white space. Text the PDF draws
 * again — a table's header rows repeated on the next page — is passed over; text it does not draw is listed as missing.
 */
public final class PrintedDocument {

    /** A paragraph of the document and the glyphs that print it. */
    public record PrintedParagraph(DocxReadback.Paragraph paragraph, List<Glyph> glyphs) {

        /** The glyphs on each printed line, top to bottom. */
        public List<List<Glyph>> lines() {
            return PrintedDocument.lines(glyphs);
        }
    }

    /** A table cell (in the row where it starts) and the glyphs that print it. */
    public record PrintedCell(ReadCell cell, List<Glyph> glyphs) {}

    /** A table: its rows of printed cells, and which rows are header rows. */
    public record PrintedTable(List<List<PrintedCell>> rows, List<Boolean> headerRows) {}

    private final List<PrintedParagraph> paragraphs = new ArrayList<>();
    private final List<PrintedTable> tables = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final List<Glyph> stream = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int cursor;

    /**
     * The blocks of {@code body} found in {@code pdf}, among the glyphs whose baseline lies between {@code top} and
     * {@code bottom} (points from the top of the page).
     */
    public PrintedDocument(PrintedPdf pdf, List<DocxReadback.Block> body, float top, float bottom) {
        List<Glyph> drawn = pdf.glyphs().stream()
                .filter(g -> !g.text().isBlank() && g.baseline() >= top && g.baseline() <= bottom)
                .toList();
        // glyphs drawn one after the other on one baseline are read left to right: an application may draw a glyph
        // of a fallback font after the rest of its line
        for (List<Glyph> line : lines(drawn)) {
            List<Glyph> sorted = new ArrayList<>(line);
            sorted.sort((a, b) -> Float.compare(a.x(), b.x()));
            for (Glyph glyph : sorted) {
                String t = glyph.text().replaceAll("\\s+", "");
                for (int i = 0; i < t.length(); i++) {
                    stream.add(glyph);
                }
                text.append(t);
            }
        }
        for (DocxReadback.Block block : body) {
            if (block instanceof DocxReadback.Paragraph paragraph) {
                paragraphs.add(new PrintedParagraph(paragraph, find(paragraph.text())));
            } else if (block instanceof DocxReadback.Table table) {
                List<List<PrintedCell>> rows = new ArrayList<>();
                for (List<ReadCell> row : table.rows()) {
                    List<PrintedCell> printed = new ArrayList<>();
                    for (ReadCell cell : row) {
                        printed.add(new PrintedCell(cell, find(cell.text())));
                    }
                    rows.add(printed);
                }
                tables.add(new PrintedTable(rows, table.headerRows()));
            }
        }
    }

    private List<Glyph> find(String wanted) {
        String target = wanted.replaceAll("\\s+", "");
        if (target.isEmpty()) {
            return List.of();
        }
        int at = text.indexOf(target, cursor);
        if (at < 0) {
            missing.add(target);
            return List.of();
        }
        List<Glyph> found = new ArrayList<>();
        for (int i = at; i < at + target.length(); i++) {
            if (found.isEmpty() || found.get(found.size() - 1) != stream.get(i)) {
                found.add(stream.get(i));
            }
        }
        cursor = at + target.length();
        return found;
    }

    /** Every paragraph of the body in order, with its glyphs (none for an empty paragraph). */
    public List<PrintedParagraph> paragraphs() {
        return paragraphs;
    }

    /** Every table of the body in order. */
    public List<PrintedTable> tables() {
        return tables;
    }

    /** The texts of the body that were not found in the PDF. */
    public List<String> missing() {
        return missing;
    }

    /**
     * {@code glyphs} in lines, in their order: a new line where the page changes, the baseline moves by a fifth of the
     * size, or the next glyph stands left of the line's first.
     */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            List<Glyph> line = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (line == null
                    || line.get(0).page() != glyph.page()
                    || Math.abs(line.get(0).baseline() - glyph.baseline()) > glyph.size() / 5
                    || glyph.x() < line.get(0).x()) {
                line = new ArrayList<>();
                lines.add(line);
            }
            line.add(glyph);
        }
        return lines;
    }
}
