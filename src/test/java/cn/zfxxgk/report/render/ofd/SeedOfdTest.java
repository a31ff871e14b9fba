package cn.zfxxgk.report.render.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.Seeds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
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

    private final Map<Seeds, byte[]> pdfs = new EnumMap<>(Seeds.class);
    private final Map<Seeds, byte[]> ofds = new EnumMap<>(Seeds.class);
    private Path output;

    @BeforeAll
    void render() throws IOException {
        output = Files.createTempDirectory("seed-ofd");
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(
                output, EnumSet.of(OutputFormat.PDF, OutputFormat.OFD), false, Path.of("templates")))) {
            for (Seeds seed : Seeds.values()) {
                ReportEngine.Result result =
                        engine.generate(seed.data(), seed.data().toString());
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
        int characters = comparison(seed).assertSameText();
        assertTrue(characters > 2000, seed.id() + " has only " + characters + " characters");
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void everyFontIsAnEmbeddedSubsetThatDrawsItsText(Seeds seed) throws Exception {
        try (OFDReader ofd = reader(seed)) {
            List<CT_Font> fonts = ofd.getResMgt().getFonts();
            assertFalse(fonts.isEmpty(), "fonts");
            Map<String, CmapLookup> cmaps = new HashMap<>();
            for (CT_Font font : fonts) {
                assertNotNull(font.getFontFile(), font.getFontName() + " is not embedded");
                Path file = ofd.getResourceLocator().getFile(font.getFontFile());
                try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)))) {
                    assertTrue(
                            font.getFontName()
                                    .matches("[A-Z]{6}\\+" + ttf.getName().substring(7)),
                            font.getFontName() + " is not named as a subset");
                    assertTrue(
                            ttf.getNumberOfGlyphs() < 3000,
                            font.getFontName() + " has " + ttf.getNumberOfGlyphs() + " glyphs: not a subset");
                    cmaps.put(font.getObjID().toString(), ttf.getUnicodeCmapLookup(false));
                }
            }
            int drawn = 0;
            for (TextObject text : new ContentExtractor(ofd).extractAllTextObject()) {
                CmapLookup cmap = cmaps.get(text.getFont().getRefId().toString());
                assertNotNull(cmap, "font " + text.getFont() + " of a text is not in the document's resources");
                for (TextCode code : text.getTextCodes()) {
                    for (int c : code.getContent().codePoints().toArray()) {
                        assertNotEquals(
                                0,
                                cmap.getGlyphId(c),
                                () -> "font " + text.getFont() + " has no glyph for '" + Character.toString(c) + "'");
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
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(seed));
                OFDReader ofd = reader(seed)) {
            for (int page = 0; page < ofd.getNumberOfPages(); page++) {
                ST_Box box = ofd.getPageSize(page + 1);
                assertEquals(
                        "0.0 0.0 210.0 297.0",
                        box.getTopLeftX() + " " + box.getTopLeftY() + " " + box.getWidth() + " " + box.getHeight(),
                        "page " + (page + 1));
            }
            PDDocumentInformation expected = pdf.getDocumentInformation();
            CT_DocInfo info = ofd.getOFDDir().getOfd().getDocBody().getDocInfo();
            assertEquals(expected.getTitle(), info.getTile());
            assertEquals(expected.getAuthor(), info.getAuthor());
            assertEquals(expected.getSubject(), info.getSubject());
            assertEquals(
                    expected.getCreationDate()
                            .toInstant()
                            .atOffset(ZoneOffset.ofHours(8))
                            .toLocalDate(),
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
        assertTrue(
                checked.stream().filter(name -> name.endsWith("/Content.xml")).count() >= 5, "checked: " + checked);
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void everyPageLooksLikeThePdfsPage(Seeds seed) throws Exception {
        comparison(seed).assertSameLook(Path.of("target", "ofd-look", seed.id()));
    }

    private PdfComparison comparison(Seeds seed) {
        return new PdfComparison(pdfs.get(seed), ofds.get(seed), seed.id());
    }

    private OFDReader reader(Seeds seed) throws IOException {
        return new OFDReader(new ByteArrayInputStream(ofds.get(seed)));
    }
}
