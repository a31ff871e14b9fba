package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.readback.DocxReadback;
import cn.zfxxgk.report.readback.HtmlReadback;
import cn.zfxxgk.report.readback.PdfReadback;
import cn.zfxxgk.report.readback.ReadCell;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.NodeList;

/**
 * The same data gives the same tables in every format: read back from the DOCX (docx4j), the HTML (jsoup) and the PDF
 * (PDFBox, from its tagged structure), every table has the same cell texts in the same grid positions with the same
 * row and column spans; and every format states the same document properties (title, author, subject), the DOCX's
 * as the PDF's (the OFD's are compared with the PDF's in {@code SeedOfdTest}).
 */
class FormatParityTest {

    @TempDir
    Path output;

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void docxHtmlAndPdfHaveTheSameTablesAndDocumentProperties(Seeds seed) throws Exception {
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(output, EnumSet.allOf(OutputFormat.class), false, Path.of("templates")))) {
            ReportEngine.Result result =
                    engine.generate(seed.data(), seed.data().toString());
            assertFalse(result.failed(), result.problems().toString());
        }
        List<String> html = new ArrayList<>();
        for (Element table : Jsoup.parse(Files.readString(output.resolve(seed.id() + ".html")))
                .select("table.form")) {
            html.add(dump(HtmlReadback.rows(table)));
        }
        List<String> docx = new ArrayList<>();
        new DocxReadback(Files.readAllBytes(output.resolve(seed.id() + ".docx")))
                .tables()
                .forEach(t -> docx.add(dump(t)));
        List<String> pdf = new ArrayList<>();
        byte[] pdfBytes = Files.readAllBytes(output.resolve(seed.id() + ".pdf"));
        try (PdfReadback reader = new PdfReadback(pdfBytes)) {
            reader.tables().forEach(t -> pdf.add(dump(t)));
        }
        assertEquals(3, html.size(), "three tables");
        assertEquals(html, docx, "DOCX tables = HTML tables");
        assertEquals(html, pdf, "PDF tables = HTML tables");

        Map<String, String> core = coreProperties(Files.readAllBytes(output.resolve(seed.id() + ".docx")));
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals(info.getTitle(), core.get("title"), "DOCX title = PDF title");
            assertEquals(info.getAuthor(), core.get("creator"), "DOCX author = PDF author");
            assertEquals(info.getSubject(), core.get("subject"), "DOCX subject = PDF subject");
            assertTrue(info.getSubject().matches("20\\d\\d年政府信息公开工作年度报告（.+格式）"), info.getSubject());
        }
    }

    /** The Dublin Core elements of a DOCX's core properties part, by local name. */
    private static Map<String, String> coreProperties(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("docProps/core.xml")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    NodeList elements = factory.newDocumentBuilder()
                            .parse(new ByteArrayInputStream(zip.readAllBytes()))
                            .getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "*");
                    Map<String, String> values = new HashMap<>();
                    for (int i = 0; i < elements.getLength(); i++) {
                        values.put(
                                elements.item(i).getLocalName(),
                                elements.item(i).getTextContent());
                    }
                    return values;
                }
            }
        }
        throw new AssertionError("the DOCX has no docProps/core.xml");
    }

    /** A table as text: cells without their roles, spans in brackets. */
    private static String dump(List<List<ReadCell>> rows) {
        List<List<ReadCell>> plain = new ArrayList<>();
        for (List<ReadCell> row : rows) {
            plain.add(row.stream()
                    .map(c -> new ReadCell(c.text().replaceAll("\\s+", ""), c.colspan(), c.rowspan(), ""))
                    .toList());
        }
        return HtmlReadback.dump(plain);
    }
}
