package cn.zfxxgk.report.readback;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back glyph by glyph with PDFBox, in the order the pages draw them (which is the order of the text for
 * both the engine's PDF and LibreOffice's): where each glyph stands, its size, the family of its font and the top and
 * bottom of its ink, and the glyphs gathered into lines. Positions are in points from the top left of the page.
 */
public final class PrintedPdf {

    /**
     * One glyph: its page (from 1), text, left edge, baseline, advance width, font size, the font's family (the name
     * without a subset prefix), and the top and bottom of what it paints (from its outline; the baseline when it has
     * none).
     */
    public record Glyph(
            int page,
            String text,
            float x,
            float baseline,
            float width,
            float size,
            String font,
            float inkTop,
            float inkBottom) {

        /** The right edge of the glyph's advance. */
        public float endX() {
            return x + width;
        }
    }

    /** Glyphs of one page on one baseline, left to right, of one size (a line of text, or a row of table cells). */
    public record Line(int page, float baseline, float size, List<Glyph> glyphs) {

        public String text() {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text()));
            return text.toString();
        }

        public float left() {
            return glyphs.get(0).x();
        }

        public float right() {
            return glyphs.get(glyphs.size() - 1).endX();
        }

        /** The line's width in characters of its size: a full-width character counts 1, a digit about ½. */
        public float characters() {
            float advance = 0;
            for (Glyph glyph : glyphs) {
                advance += glyph.width();
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

    private final List<Glyph> glyphs;
    private final int pages;
    private final float pageWidth;
    private final float pageHeight;

    public PrintedPdf(byte[] pdf) {
        List<Glyph> read = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            pageWidth = document.getPage(0).getMediaBox().getWidth();
            pageHeight = document.getPage(0).getMediaBox().getHeight();
            Map<PDFont, Map<Integer, Rectangle2D>> outlines = new HashMap<>();
            for (int page = 1; page <= pages; page++) {
                int number = page;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition p) {
                        float size = p.getXScale(); // the text rendering matrix: font size times the text matrix
                        Rectangle2D ink = ink(p, outlines);
                        float top = ink == null ? p.getYDirAdj() : p.getYDirAdj() - (float) ink.getMaxY() * size / 1000;
                        float bottom =
                                ink == null ? p.getYDirAdj() : p.getYDirAdj() - (float) ink.getMinY() * size / 1000;
                        read.add(new Glyph(
                                number,
                                p.getUnicode(),
                                p.getXDirAdj(),
                                p.getYDirAdj(),
                                p.getWidthDirAdj(),
                                size,
                                family(p.getFont()),
                                top,
                                bottom));
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
        glyphs = List.copyOf(read);
    }

    /** The outline's bounds of the glyph in 1/1000 of its size, or {@code null} when it has no outline. */
    private static Rectangle2D ink(TextPosition p, Map<PDFont, Map<Integer, Rectangle2D>> cache) {
        if (!(p.getFont() instanceof PDVectorFont vector) || p.getCharacterCodes().length != 1) {
            return null;
        }
        int code = p.getCharacterCodes()[0];
        return cache.computeIfAbsent(p.getFont(), f -> new HashMap<>()).computeIfAbsent(code, c -> {
            try {
                Rectangle2D bounds = vector.getNormalizedPath(c).getBounds2D();
                return bounds.isEmpty() ? null : bounds;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The font's PostScript name without the {@code ABCDEF+} prefix of a subset. */
    private static String family(PDFont font) {
        String name = font.getName() == null ? "" : font.getName();
        return name.matches("[A-Z]{6}\\+.*") ? name.substring(7) : name;
    }

    public int pages() {
        return pages;
    }

    public float pageWidth() {
        return pageWidth;
    }

    public float pageHeight() {
        return pageHeight;
    }

    /** Every glyph in drawing order, spaces included. */
    public List<Glyph> glyphs() {
        return glyphs;
    }

    /** Every glyph that leaves ink, in drawing order: the glyphs without the spaces. */
    public List<Glyph> drawn() {
        return glyphs.stream().filter(g -> !g.text().isBlank()).toList();
    }

    /**
     * The glyphs of {@code size} (± 0.1 pt) gathered by baseline, page by page, top to bottom, each line left to right,
     * wherever the page draws them: what a ruler measures on a line of the printed page. Spaces are left out.
     */
    public List<Line> lines(float size) {
        List<Glyph> sized = drawn().stream()
                .filter(g -> Math.abs(g.size() - size) < 0.1f)
                .sorted(Comparator.comparingInt(Glyph::page)
                        .thenComparingDouble(Glyph::baseline)
                        .thenComparingDouble(Glyph::x))
                .toList();
        return lines(
                sized,
                (line, glyph) -> line.get(0).page() != glyph.page()
                        || Math.abs(line.get(0).baseline() - glyph.baseline()) > 0.5f);
    }

    /**
     * The glyphs gathered into lines in drawing order: consecutive glyphs on the same page whose baselines are within a fifth of their
     * size of each other and whose sizes agree. Spaces are left out.
     */
    public List<Line> lines() {
        return lines(drawn(), (line, glyph) -> {
            Glyph last = line.get(line.size() - 1);
            return last.page() != glyph.page()
                    || Math.abs(last.baseline() - glyph.baseline()) > glyph.size() / 5
                    || Math.abs(last.size() - glyph.size()) > 0.5
                    || glyph.x() < last.x();
        });
    }

    /** {@code glyphs} gathered into lines in their order, a new line begun wherever {@code breaks} says. */
    private static List<Line> lines(List<Glyph> glyphs, BiPredicate<List<Glyph>, Glyph> breaks) {
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            if (!current.isEmpty() && breaks.test(current, glyph)) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(glyph);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Glyph> glyphs) {
        List<Glyph> sorted =
                glyphs.stream().sorted(Comparator.comparingDouble(Glyph::x)).toList();
        Glyph first = sorted.get(0);
        return new Line(first.page(), first.baseline(), first.size(), sorted);
    }
}
