package cn.zfxxgk.report.render.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.Seeds;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * Renders each seed to PDF and OFD in one run and reads the OFD back with ofdrw, an independent reader: every page
 * has the PDF page's text, is A4, and looks like the PDF's page (ofdrw's renderer against PDFBox's, pixel by pixel);
 * every font is an embedded subset that draws its text; the document information is the PDF's; every XML part
 * validates against the schema of what GB/T 33190 allows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedOfdTest {

    /** Pixels per millimetre of the page images compared (about 100 dpi). */
    private static final double PPM = 4;

    /** At most this share of a page's pixels may differ between the OFD's and the PDF's rendering. */
    private static final double MOST_DIFFERENT = 0.02;

    /**
     * At most this many pixels may differ in any square of {@link PageImages#TILE} pixels: the two renderers round the
     * edges of fills differently by up to 20 there; a glyph or a rule missing or moved by a pixel makes 40 or more.
     */
    private static final int MOST_DIFFERENT_IN_A_SQUARE = 30;

    private final Map<Seeds, byte[]> pdfs = new EnumMap<>(Seeds.class);
    private final Map<Seeds, byte[]> ofds = new EnumMap<>(Seeds.class);
    private Path output;

    @BeforeAll
    void render() throws IOException {
        output = Files.createTempDirectory("seed-ofd");
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(output,
                EnumSet.of(OutputFormat.PDF, OutputFormat.OFD), false, Path.of("templates")))) {
            for (Seeds seed : Seeds.values()) {
                ReportEngine.Result result = engine.generate(seed.data(), seed.data().toString());
                assertFalse(result.failed(), () -> "problems: " + result.problems());
                pdfs.put(seed, Files.readAllBytes(output.resolve(seed.id() + ".pdf")));
                ofds.put(seed, Files.readAllBytes(output.resolve(seed.id() + ".ofd")));
            }
        }
    }

    @AfterAll
    void clean() throws IOException {
        for (Seeds seed : Seeds.values()) {
            Files.deleteIfExists(output.resolve(seed.id() + ".pdf"));
            Files.deleteIfExists(output.resolve(seed.id() + ".ofd"));
        }
        Files.deleteIfExists(output);
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void everyPageHasTheTextOfThePdfsPage(Seeds seed) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(seed)); OFDReader ofd = reader(seed)) {
            assertEquals(pdf.getNumberOfPages(), ofd.getNumberOfPages(), "pages");
            ContentExtractor extractor = new ContentExtractor(ofd);
            int characters = 0;
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page + 1);
                stripper.setEndPage(page + 1);
                String expected = visible(stripper.getText(pdf));
                String actual = visible(String.join("", extractor.getPageContent(page + 1)));
                assertEquals(expected, actual, seed.id() + " page " + (page + 1));
                characters += actual.length();
            }
            assertTrue(characters > 2000, seed.id() + " has only " + characters + " characters");
        }
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void everyFontIsAnEmbeddedSubsetThatDrawsItsText(Seeds seed) throws Exception {
        try (OFDReader ofd = reader(seed)) {
            List<CT_Font> fonts = ofd.getResMgt().getFonts();
            assertFalse(fonts.isEmpty(), "fonts");
            Map<String, CmapLookup> cmaps = new java.util.HashMap<>();
            for (CT_Font font : fonts) {
                assertNotNull(font.getFontFile(), font.getFontName() + " is not embedded");
                Path file = ofd.getResourceLocator().getFile(font.getFontFile());
                try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)))) {
                    assertTrue(font.getFontName().matches("[A-Z]{6}\\+" + ttf.getName().substring(7)),
                            font.getFontName() + " is not named as a subset");
                    assertTrue(ttf.getNumberOfGlyphs() < 3000, font.getFontName() + " has " + ttf.getNumberOfGlyphs()
                            + " glyphs: not a subset");
                    cmaps.put(font.getObjID().toString(), ttf.getUnicodeCmapLookup(false));
                }
            }
            int drawn = 0;
            for (TextObject text : new ContentExtractor(ofd).extractAllTextObject()) {
                CmapLookup cmap = cmaps.get(text.getFont().getRefId().toString());
                assertNotNull(cmap, "font " + text.getFont() + " of a text is not in the document's resources");
                for (TextCode code : text.getTextCodes()) {
                    for (int c : code.getContent().codePoints().toArray()) {
                        assertNotEquals(0, cmap.getGlyphId(c), () -> "font " + text.getFont() + " has no glyph for '"
                                + Character.toString(c) + "'");
                        drawn++;
                    }
                }
            }
            assertTrue(drawn > 2000, "only " + drawn + " characters drawn");
        }
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void pagesAreA4AndTheDocumentInformationIsThePdfs(Seeds seed) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(seed)); OFDReader ofd = reader(seed)) {
            for (int page = 0; page < ofd.getNumberOfPages(); page++) {
                ST_Box box = ofd.getPageSize(page + 1);
                assertEquals("0.0 0.0 210.0 297.0", box.getTopLeftX() + " " + box.getTopLeftY() + " "
                        + box.getWidth() + " " + box.getHeight(), "page " + (page + 1));
            }
            PDDocumentInformation expected = pdf.getDocumentInformation();
            CT_DocInfo info = ofd.getOFDDir().getOfd().getDocBody().getDocInfo();
            assertEquals(expected.getTitle(), info.getTile());
            assertEquals(expected.getAuthor(), info.getAuthor());
            assertEquals(expected.getSubject(), info.getSubject());
            assertEquals(expected.getCreationDate().toInstant().atOffset(ZoneOffset.ofHours(8)).toLocalDate(),
                    info.getCreationDate());
            assertTrue(info.getDocID().matches("[0-9a-f]{32}"), info.getDocID());
        }
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void everyXmlPartIsValid(Seeds seed) throws Exception {
        List<String> checked = OfdSchema.validateAll(ofds.get(seed));
        assertTrue(checked.contains("OFD.xml"), "checked: " + checked);
        assertTrue(checked.contains("Doc_0/Document.xml"), "checked: " + checked);
        assertTrue(checked.contains("Doc_0/PublicRes.xml"), "checked: " + checked);
        assertTrue(checked.stream().filter(name -> name.endsWith("/Content.xml")).count() >= 5, "checked: " + checked);
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void everyPageLooksLikeThePdfsPage(Seeds seed) throws Exception {
        Path look = Path.of("target", "ofd-look", seed.id());
        Files.createDirectories(look);
        List<String> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(seed)); OFDReader ofd = reader(seed)) {
            PDFRenderer pdfRenderer = new PDFRenderer(pdf);
            OfdRendering ofdRenderer = new OfdRendering(ofd, PPM);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                BufferedImage expected = pdfRenderer.renderImageWithDPI(page, (float) (PPM * 25.4));
                BufferedImage actual = ofdRenderer.page(page);
                PageImages.Difference difference = PageImages.compare(expected, actual);
                String name = String.format(Locale.ROOT, "page-%d", page + 1);
                ImageIO.write(expected, "png", look.resolve(name + "-pdf.png").toFile());
                ImageIO.write(actual, "png", look.resolve(name + "-ofd.png").toFile());
                ImageIO.write(difference.image(), "png", look.resolve(name + "-diff.png").toFile());
                pages.add(String.format(Locale.ROOT, "page %d: %.3f %% of the pixels differ, at most %d in a square of "
                        + "%d pixels", page + 1, difference.share() * 100, difference.worstTile(), PageImages.TILE));
                String measured = pages.get(pages.size() - 1);
                assertTrue(difference.share() <= MOST_DIFFERENT && difference.worstTile() <= MOST_DIFFERENT_IN_A_SQUARE,
                        () -> seed.id() + " " + measured + " (allowed: " + MOST_DIFFERENT * 100 + " %, "
                                + MOST_DIFFERENT_IN_A_SQUARE + " in a square); see " + look.toAbsolutePath());
            }
        }
        Files.write(look.resolve("differences.txt"), pages);
    }

    private OFDReader reader(Seeds seed) throws IOException {
        return new OFDReader(new ByteArrayInputStream(ofds.get(seed)));
    }

    /** The characters of {@code text} that are drawn: the extractors differ in the spaces and line breaks they add. */
    private static String visible(String text) {
        return text.replaceAll("[ \\t\\r\\n]", "");
    }
}
