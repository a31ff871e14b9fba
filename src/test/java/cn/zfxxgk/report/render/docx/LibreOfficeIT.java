package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.Seeds;
import cn.zfxxgk.report.readback.DocxReadback;
import cn.zfxxgk.report.template.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template survives an editor who uses LibreOffice: round-tripped through LibreOffice (docx → docx, which rewrites
 * every run), it still gives the same document text and tables. How LibreOffice lays the DOCX out is
 * {@link DocxLayoutIT}'s.
 */
class LibreOfficeIT {

    @TempDir
    static Path work;

    private static Path render(Seeds seed, Path templates, Path output) throws IOException {
        try (ReportEngine engine =
                new ReportEngine(new ReportEngine.Options(output, EnumSet.of(OutputFormat.DOCX), false, templates))) {
            ReportEngine.Result result =
                    engine.generate(seed.data(), seed.data().toString());
            assertFalse(result.failed(), result.problems().toString());
        }
        return output.resolve(seed.id() + ".docx");
    }

    /** A header holding a placeholder, as an editor adds one (Insert → Header), prints the agency on every page. */
    @Test
    void aPlaceholderInAHeaderIsPrintedOnEveryPage() throws Exception {
        Path edited = work.resolve("header-templates");
        Templates.export(edited, true, new ArrayList<>());
        Path docx = edited.resolve("report.docx");
        byte[] template = Files.readAllBytes(docx);
        template = WordHeaders.withHeader(template, "default", WordHeaders.paragraph("${report.agency}（页眉）"));
        template = WordHeaders.withHeader(template, "even", WordHeaders.paragraph("${report.year}年度报告（页眉）"));
        Files.write(docx, template);
        Path pdf = new LibreOffice(work, Map.of())
                .convert(
                        List.of(render(Seeds.GANGCHA_2023, edited, work.resolve("header"))),
                        "pdf",
                        work.resolve("header-pdf"))
                .get(0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 4, "pages: " + document.getNumberOfPages());
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                String header = page % 2 == 1 ? "刚察县人民政府办公室（页眉）" : "2023年度报告（页眉）";
                assertTrue(text.strip().startsWith(header), "page " + page + " begins with its header: " + text);
                assertFalse(text.contains("${"), "no placeholder printed literally on page " + page);
            }
        }
    }

    @Test
    void theTemplateSurvivesARoundTripThroughLibreOffice() throws Exception {
        LibreOffice libreOffice = new LibreOffice(work, Map.of());
        Path edited = work.resolve("edited-templates");
        Templates.export(edited, true, new ArrayList<>());
        Path roundTripped = libreOffice
                .convert(List.of(edited.resolve("report.docx")), "docx:MS Word 2007 XML", work.resolve("round-trip"))
                .get(0);
        Files.copy(roundTripped, edited.resolve("report.docx"), StandardCopyOption.REPLACE_EXISTING);
        for (Seeds seed : Seeds.values()) {
            DocxReadback original =
                    new DocxReadback(Files.readAllBytes(render(seed, Path.of("templates"), work.resolve("original"))));
            DocxReadback viaLibreOffice =
                    new DocxReadback(Files.readAllBytes(render(seed, edited, work.resolve("via-libreoffice"))));
            assertEquals(original.paragraphs(), viaLibreOffice.paragraphs(), seed + ": the same text");
            assertEquals(original.tables(), viaLibreOffice.tables(), seed + ": the same tables");
        }
    }
}
