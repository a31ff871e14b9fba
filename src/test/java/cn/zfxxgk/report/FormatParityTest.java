package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.zfxxgk.report.readback.DocxReadback;
import cn.zfxxgk.report.readback.HtmlReadback;
import cn.zfxxgk.report.readback.PdfReadback;
import cn.zfxxgk.report.readback.ReadCell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same data gives the same tables in every format: read back from the DOCX (docx4j), the HTML (jsoup) and the PDF
 * (PDFBox, from its tagged structure), every table has the same cell texts in the same grid positions with the same
 * row and column spans.
 */
class FormatParityTest {

    @TempDir
    Path output;

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void docxHtmlAndPdfHaveTheSameTables(Seeds seed) throws Exception {
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(output, EnumSet.allOf(OutputFormat.class),
                false, Path.of("templates")))) {
            ReportEngine.Result result = engine.generate(seed.data(), seed.data().toString());
            assertFalse(result.failed(), result.problems().toString());
        }
        List<String> html = new ArrayList<>();
        for (Element table : Jsoup.parse(Files.readString(output.resolve(seed.id() + ".html"))).select("table.form")) {
            html.add(dump(HtmlReadback.rows(table)));
        }
        List<String> docx = new ArrayList<>();
        new DocxReadback(Files.readAllBytes(output.resolve(seed.id() + ".docx"))).tables().forEach(t -> docx.add(dump(t)));
        List<String> pdf = new ArrayList<>();
        try (PdfReadback reader = new PdfReadback(Files.readAllBytes(output.resolve(seed.id() + ".pdf")))) {
            reader.tables().forEach(t -> pdf.add(dump(t)));
        }
        assertEquals(3, html.size(), "three tables");
        assertEquals(html, docx, "DOCX tables = HTML tables");
        assertEquals(html, pdf, "PDF tables = HTML tables");
    }

    /** A table as text: cells without their roles, spans in brackets. */
    private static String dump(List<List<ReadCell>> rows) {
        List<List<ReadCell>> plain = new ArrayList<>();
        for (List<ReadCell> row : rows) {
            plain.add(row.stream().map(c -> new ReadCell(c.text().replaceAll("\\s+", ""), c.colspan(), c.rowspan(), ""))
                    .toList());
        }
        return HtmlReadback.dump(plain);
    }
}
