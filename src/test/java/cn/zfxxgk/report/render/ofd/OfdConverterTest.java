package cn.zfxxgk.report.render.ofd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.fonts.FontCatalog;
import cn.zfxxgk.report.fonts.FontRoles;
import cn.zfxxgk.report.fonts.FontSet;
import cn.zfxxgk.report.problem.Problem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShadingType2;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The converter on PDFs made here with PDFBox rather than by the engine's typesetter, so that it is held to what a
 * PDF's content stream can say, not to how today's template lays out a report: kerning in {@code TJ} arrays,
 * character spacing, horizontal scaling, rotated text, colours, stroked and filled paths, clips and images.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfdConverterTest {

    private FontCatalog catalog;
    private FontSet fonts;

    @BeforeAll
    void fonts() {
        List<Problem> problems = new ArrayList<>();
        FontRoles roles = FontRoles.parse(
                "title = x\nbody = x\nheading = x\nsubheading = x\ntable = x\npageNumber = x\n",
                "fonts.properties",
                problems);
        assertEquals(List.of(), problems);
        catalog = new FontCatalog(List.of(), false, notice -> {});
        fonts = new FontSet(roles, catalog); // the built-in Noto Sans SC only, on any machine
    }

    @AfterAll
    void close() throws IOException {
        catalog.close();
    }

    @Test
    void whatAContentStreamCanSayShowsAndReadsAsInThePdf() throws Exception {
        byte[] pdf = pdf((document, page, content, font) -> {
            content.beginText();
            content.setFont(font, 16);
            content.setCharacterSpacing(3);
            content.newLineAtOffset(80, 760);
            content.showTextWithPositioning(new Object[] {"政府", -800f, "信息", 300f, "公开 Kerning"});
            content.setCharacterSpacing(0);
            content.setHorizontalScaling(60);
            content.newLineAtOffset(0, -40);
            content.showText("年度报告 2023 narrow");
            content.setHorizontalScaling(100);
            content.endText();

            content.beginText();
            content.setFont(font, 20);
            content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(30), 300, 560));
            content.showText("旋转的文字");
            content.endText();

            content.setNonStrokingColor(0.8f, 0.1f, 0.1f);
            content.beginText();
            content.setFont(font, 24);
            content.newLineAtOffset(80, 640);
            content.showText("红色标题");
            content.endText();

            content.setStrokingColor(0f, 0f, 1f);
            content.setLineWidth(3);
            content.addRect(80, 400, 200, 100);
            content.stroke();

            content.setNonStrokingColor(0.1f, 0.6f, 0.2f);
            content.moveTo(400, 450);
            content.curveTo(400, 478, 422, 500, 450, 500);
            content.curveTo(478, 500, 500, 478, 500, 450);
            content.curveTo(500, 422, 478, 400, 450, 400);
            content.curveTo(422, 400, 400, 422, 400, 450);
            content.fill();

            content.saveGraphicsState(); // a fill the clip cuts: only its overlap shows
            content.addRect(320, 250, 100, 100);
            content.clip();
            content.setNonStrokingColor(0.5f);
            content.addRect(270, 200, 100, 100);
            content.fill();
            content.restoreGraphicsState();

            BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 30; y++) {
                for (int x = 0; x < 40; x++) {
                    image.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 0x80);
                }
            }
            content.drawImage(LosslessFactory.createFromImage(document, image), 80, 100, 160, 120);
        });
        byte[] ofd = new OfdConverter(fonts).convert(pdf);

        PdfComparison comparison = new PdfComparison(pdf, ofd, "content stream");
        assertEquals(36, comparison.assertSameText()); // 政府信息公开Kerning, 年度报告2023narrow, 旋转的文字, 红色标题
        comparison.assertSameLook(Path.of("target", "ofd-look", "content-stream"));
        OfdSchema.validateAll(ofd);
        Map<String, String> parts = xmlParts(ofd);
        String content = parts.get("Doc_0/Pages/Page_0/Content.xml");
        assertTrue(content.contains("CTM=\"0.866 -0.5 0.5 0.866 "), "the rotated text has its matrix: " + content);
        assertTrue(content.contains("CTM=\"0.6 0 0 1 "), "the narrow text has its matrix: " + content);
        assertTrue(content.contains("<ofd:ImageObject "), content);
        assertTrue(
                parts.get("Doc_0/DocumentRes.xml").contains("Type=\"Image\" Format=\"PNG\""),
                parts.get("Doc_0/DocumentRes.xml"));
        assertArrayEquals(ofd, new OfdConverter(fonts).convert(pdf), "the same PDF gives the same bytes");
    }

    @Test
    void textAClipCutsKeepsAllItsCharactersAndTheClipIsWhereTheyAreCut() throws Exception {
        byte[] pdf = pdf((document, page, content, font) -> {
            content.addRect(80, 700, 60, 40);
            content.clip();
            content.beginText();
            content.setFont(font, 16);
            content.newLineAtOffset(80, 710);
            content.showText("一半在外面的文字");
            content.endText();
        });
        byte[] ofd = new OfdConverter(fonts).convert(pdf);
        OfdSchema.validateAll(ofd);
        String content = xmlParts(ofd).get("Doc_0/Pages/Page_0/Content.xml");
        // the glyphs inside the clip need none; from the first one it cuts, the text carries the clip (21.167 mm wide)
        assertTrue(content.contains(">一半在</ofd:TextCode></ofd:TextObject><ofd:TextObject "), content);
        assertTrue(
                content.contains("<ofd:Clips><ofd:Clip><ofd:Area><ofd:Path Boundary=\"-11.278 -0.378 21.167 14.111\" "
                        + "Stroke=\"false\" Fill=\"true\"><ofd:AbbreviatedData>M 0 14.111 L 0 0 L 21.167 0 L 21.167 14.111 C"
                        + "</ofd:AbbreviatedData></ofd:Path></ofd:Area></ofd:Clip></ofd:Clips><ofd:TextCode X=\"5.656\" "
                        + "Y=\"10.205\" DeltaX=\"5.644 5.645 5.644 5.645\">外面的文字</ofd:TextCode>"),
                content);
    }

    @Test
    void aShadingIsRefusedWithItsPage() throws Exception {
        byte[] pdf = pdf((document, page, content, font) -> content.shadingFill(shading()));
        IOException refused = assertThrows(IOException.class, () -> new OfdConverter(fonts).convert(pdf));
        assertEquals(
                "page 1 of the PDF cannot be made into OFD: it paints a shading (sh1), which the OFD converter "
                        + "does not draw",
                refused.getMessage());
    }

    /** Draws one page's content. */
    @FunctionalInterface
    private interface Painter {
        void paint(PDDocument document, PDPage page, PDPageContentStream content, PDType0Font font) throws IOException;
    }

    private byte[] pdf(Painter painter) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, catalog.builtIn().font(), true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                painter.paint(document, page, content, font);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDShading shading() {
        PDShadingType2 shading = new PDShadingType2(new COSDictionary());
        shading.setShadingType(PDShading.SHADING_TYPE2);
        shading.setColorSpace(PDDeviceRGB.INSTANCE);
        COSArray coords = new COSArray();
        for (float value : new float[] {0, 0, 100, 0}) {
            coords.add(new COSFloat(value));
        }
        shading.setCoords(coords);
        COSDictionary function = new COSDictionary();
        function.setInt(COSName.FUNCTION_TYPE, 2);
        function.setItem(COSName.DOMAIN, array(0, 1));
        function.setItem(COSName.C0, array(1, 0, 0));
        function.setItem(COSName.C1, array(0, 0, 1));
        function.setInt(COSName.N, 1);
        shading.setFunction(new PDFunctionType2(function));
        return shading;
    }

    private static COSArray array(float... values) {
        COSArray array = new COSArray();
        for (float value : values) {
            array.add(new COSFloat(value));
        }
        return array;
    }

    private static Map<String, String> xmlParts(byte[] ofd) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".xml")) {
                    parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }
}
