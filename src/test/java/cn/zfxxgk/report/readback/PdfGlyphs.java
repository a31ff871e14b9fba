package cn.zfxxgk.report.readback;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every glyph of a PDF where it is drawn, read back with PDFBox, and the lines they form: what a ruler on the printed
 * page measures. Positions are in points from the top left of the page; a glyph's {@code endX} is where its advance
 * ends, not counting the letter spacing after it.
 */
public final class PdfGlyphs {

    /**
     * One glyph: its text, where its advance starts and ends, its baseline, size and the top of its ink (measured from
     * the font's outline for the 一字线 of page numbers; the top of its em box for others).
     */
    public record Glyph(int page, String text, float x, float endX, float baseline, float size, float inkTop) {
    }

    /** The glyphs of one size on one baseline of a page, left to right. */
    public record Line(int page, float baseline, float size, List<Glyph> glyphs) {

        public String text() {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text()));
            return text.toString();
        }

        public float x() {
            return glyphs.get(0).x();
        }

        public float endX() {
            return glyphs.get(glyphs.size() - 1).endX();
        }

        /** The line's width in characters of its size: a full-width character counts 1, a digit about ½. */
        public float characters() {
            float advance = 0;
            for (Glyph glyph : glyphs) {
                advance += glyph.endX() - glyph.x();
            }
            return advance / size;
        }

        public char first() {
            return text().charAt(0);
        }

        public char last() {
            String text = text();
            return text.charAt(text.length() - 1);
        }
    }

    private final List<Glyph> glyphs = new ArrayList<>();
    private final int pages;

    public PdfGlyphs(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                int number = page;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition position) {
                        if (!position.getUnicode().isBlank()) {
                            glyphs.add(new Glyph(number, position.getUnicode(), position.getXDirAdj(),
                                    position.getXDirAdj() + position.getWidthDirAdj(), position.getYDirAdj(),
                                    position.getXScale(), position.getUnicode().equals("—") ? inkTop(position)
                                            : position.getYDirAdj() - position.getXScale()));
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top of the glyph's ink, from its outline in the embedded font; the baseline when it has none. */
    private static float inkTop(TextPosition position) {
        try {
            if (position.getFont() instanceof PDVectorFont font) {
                Rectangle2D bounds = font.getNormalizedPath(position.getCharacterCodes()[0]).getBounds2D();
                if (!bounds.isEmpty()) {
                    return position.getYDirAdj() - (float) bounds.getMaxY() / 1000f * position.getXScale();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return position.getYDirAdj();
    }

    public int pages() {
        return pages;
    }

    public List<Glyph> glyphs() {
        return glyphs;
    }

    /** The lines of glyphs of {@code size} (± 0.1 pt), page by page, top to bottom. */
    public List<Line> lines(float size) {
        List<Glyph> sized = glyphs.stream().filter(g -> Math.abs(g.size() - size) < 0.1f)
                .sorted(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::baseline)
                        .thenComparingDouble(Glyph::x))
                .toList();
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph glyph : sized) {
            if (!current.isEmpty()) {
                Glyph previous = current.get(0);
                if (previous.page() != glyph.page() || Math.abs(previous.baseline() - glyph.baseline()) > 0.5f) {
                    lines.add(line(current));
                    current = new ArrayList<>();
                }
            }
            current.add(glyph);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Glyph> glyphs) {
        List<Glyph> sorted = glyphs.stream().sorted(Comparator.comparingDouble(Glyph::x)).toList();
        Glyph first = sorted.get(0);
        return new Line(first.page(), first.baseline(), first.size(), sorted);
    }
}
