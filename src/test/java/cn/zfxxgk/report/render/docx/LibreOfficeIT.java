package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.Requirements;
import cn.zfxxgk.report.Seeds;
import cn.zfxxgk.report.readback.DocxReadback;
import cn.zfxxgk.report.readback.PdfReadback;
import cn.zfxxgk.report.readback.PdfReadback.Run;
import cn.zfxxgk.report.template.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice as a real client of the DOCX: every seed's DOCX converts to PDF with its page numbers and table values,
 * and the template survives an editor — round-tripped through LibreOffice (docx → docx, which rewrites every run), it
 * still gives the same document text and tables.
 */
class LibreOfficeIT {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @TempDir
    static Path work;

    @BeforeAll
    static void requireLibreOffice() {
        Requirements.require("libreoffice-writer-nogui", SOFFICE);
    }

    private static Path convert(Path file, String to, Path directory) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Process process = new ProcessBuilder(SOFFICE.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + work.resolve("profile").toUri(), "--convert-to", to, "--outdir",
                directory.toString(), file.toString()).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "soffice finished");
        String name = file.getFileName().toString();
        Path converted = directory.resolve(name.substring(0, name.lastIndexOf('.')) + "." + to.replaceFirst(":.*", ""));
        assertTrue(Files.isRegularFile(converted), "soffice converted " + file + ": " + log);
        return converted;
    }

    private static Path render(Seeds seed, Path templates, Path output) throws IOException {
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(output, EnumSet.of(OutputFormat.DOCX), false,
                templates))) {
            ReportEngine.Result result = engine.generate(seed.data(), seed.data().toString());
            assertFalse(result.failed(), result.problems().toString());
        }
        return output.resolve(seed.id() + ".docx");
    }

    @Test
    void everyDocxConvertsToPdfWithPageNumbersAndTheTableValues() throws Exception {
        for (Seeds seed : Seeds.values()) {
            Path docx = render(seed, Path.of("templates"), work.resolve("docx"));
            Path pdf = convert(docx, "pdf", work.resolve("pdf"));
            try (PdfReadback reader = new PdfReadback(Files.readAllBytes(pdf))) {
                int pages = reader.document().getNumberOfPages();
                List<Run> runs = reader.runs();
                for (int page = 1; page <= pages; page++) {
                    int number = page;
                    assertTrue(runs.stream().anyMatch(r -> r.page() == number
                            && r.text().replaceAll("\\s+", "").equals("—" + number + "—")),
                            seed + ": page number — " + number + " — on page " + number);
                }
                String text = reader.textWithoutPageNumbers();
                int position = text.indexOf("主动公开政府信息情况");
                assertTrue(position >= 0, seed + ": section 二");
                for (String value : seed.valueCells()) {
                    if (seed == Seeds.BALIKUN_2020 && value.equals("62")) {
                        continue; // recorded as 缺失
                    }
                    int at = text.indexOf(value.replaceAll("\\s+", ""), position);
                    assertTrue(at >= 0, seed + ": value " + value + " after " + position);
                    position = at + value.replaceAll("\\s+", "").length();
                }
            }
        }
    }

    @Test
    void theTemplateSurvivesARoundTripThroughLibreOffice() throws Exception {
        Path edited = work.resolve("edited-templates");
        Templates.export(edited, true, new ArrayList<>());
        Path roundTripped = convert(edited.resolve("report.docx"), "docx:MS Word 2007 XML", work.resolve("round-trip"));
        Files.copy(roundTripped, edited.resolve("report.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (Seeds seed : Seeds.values()) {
            DocxReadback original = new DocxReadback(Files.readAllBytes(render(seed, Path.of("templates"),
                    work.resolve("original"))));
            DocxReadback viaLibreOffice = new DocxReadback(Files.readAllBytes(render(seed, edited,
                    work.resolve("via-libreoffice"))));
            assertEquals(original.paragraphs(), viaLibreOffice.paragraphs(), seed + ": the same text");
            assertEquals(original.tables(), viaLibreOffice.tables(), seed + ": the same tables");
        }
    }
}
