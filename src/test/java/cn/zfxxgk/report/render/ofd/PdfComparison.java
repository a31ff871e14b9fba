package cn.zfxxgk.report.render.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * An OFD compared with the PDF it was made from, read by independent readers: ofdrw for the OFD, PDFBox for the PDF.
 */
final class PdfComparison {

    /** Pixels per millimetre of the page images compared (about 100 dpi). */
    static final double PPM = 4;

    /** At most this share of a page's pixels may differ between the OFD's and the PDF's rendering. */
    static final double MOST_DIFFERENT = 0.02;

    /**
     * At most this many pixels may differ clearly in any square of {@link PageImages#TILE} pixels. The two renderers
     * drawing the same page make at most 1 there in text, and up to one row of a square (20) where a cell's shading
     * meets a rule: they blend the rule's anti-aliased edge with the fill on one side of a fraction of a pixel or the
     * other (measured on 巴里坤2020 page 2 once the tables' groups were shaded and ruled by the typesetting). A rule
     * moved by a pixel changes two rows (40), a glyph missing far more.
     */
    static final int MOST_DIFFERENT_IN_A_SQUARE = 25;

    private final byte[] pdf;
    private final byte[] ofd;
    private final String name;

    PdfComparison(byte[] pdf, byte[] ofd, String name) {
        this.pdf = pdf;
        this.ofd = ofd;
        this.name = name;
    }

    OFDReader ofdReader() throws IOException {
        return new OFDReader(new ByteArrayInputStream(ofd));
    }

    /** Asserts that every page has the PDF page's text; the number of characters compared. */
    int assertSameText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf);
                OFDReader reader = ofdReader()) {
            assertEquals(document.getNumberOfPages(), reader.getNumberOfPages(), name + ": pages");
            ContentExtractor extractor = new ContentExtractor(reader);
            int characters = 0;
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page + 1);
                stripper.setEndPage(page + 1);
                String expected = visible(stripper.getText(document));
                String actual = visible(String.join("", extractor.getPageContent(page + 1)));
                assertEquals(expected, actual, name + " page " + (page + 1));
                characters += actual.length();
            }
            return characters;
        }
    }

    /**
     * Asserts that every page rendered by ofdrw looks like the PDF's page rendered by PDFBox; the page images and the
     * differences are written under {@code look} to be looked at.
     */
    void assertSameLook(Path look) throws IOException, ReflectiveOperationException {
        Files.createDirectories(look);
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf);
                OFDReader reader = ofdReader()) {
            PDFRenderer pdfRenderer = new PDFRenderer(document);
            OfdRendering ofdRenderer = new OfdRendering(reader, PPM);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage expected = pdfRenderer.renderImageWithDPI(page, (float) (PPM * 25.4));
                BufferedImage actual = ofdRenderer.page(page);
                PageImages.Difference difference = PageImages.compare(expected, actual);
                String file = String.format(Locale.ROOT, "page-%d", page + 1);
                ImageIO.write(expected, "png", look.resolve(file + "-pdf.png").toFile());
                ImageIO.write(actual, "png", look.resolve(file + "-ofd.png").toFile());
                ImageIO.write(
                        difference.image(),
                        "png",
                        look.resolve(file + "-diff.png").toFile());
                String measured = String.format(
                        Locale.ROOT,
                        "page %d: %.3f %% of the pixels differ, at most %d clearly " + "in a square of %d pixels",
                        page + 1,
                        difference.share() * 100,
                        difference.worstTile(),
                        PageImages.TILE);
                pages.add(measured);
                Files.write(look.resolve("differences.txt"), pages);
                assertTrue(
                        difference.share() <= MOST_DIFFERENT && difference.worstTile() <= MOST_DIFFERENT_IN_A_SQUARE,
                        () -> name + " " + measured + " (allowed: " + MOST_DIFFERENT * 100 + " %, "
                                + MOST_DIFFERENT_IN_A_SQUARE + " in a square); see " + look.toAbsolutePath());
            }
        }
    }

    /** The characters of {@code text} that are drawn: the extractors differ in the spaces and line breaks they add. */
    private static String visible(String text) {
        return text.replaceAll("[ \\t\\r\\n]", "");
    }
}
