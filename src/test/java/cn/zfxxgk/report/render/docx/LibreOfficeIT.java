package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(output, EnumSet.of(OutputFormat.DOCX), false,
                templates))) {
            ReportEngine.Result result = engine.generate(seed.data(), seed.data().toString());
            assertFalse(result.failed(), result.problems().toString());
        }
        return output.resolve(seed.id() + ".docx");
    }

    @Test
    void theTemplateSurvivesARoundTripThroughLibreOffice() throws Exception {
        LibreOffice libreOffice = new LibreOffice(work, Map.of());
        Path edited = work.resolve("edited-templates");
        Templates.export(edited, true, new ArrayList<>());
        Path roundTripped = libreOffice.convert(List.of(edited.resolve("report.docx")), "docx:MS Word 2007 XML",
                work.resolve("round-trip")).get(0);
        Files.copy(roundTripped, edited.resolve("report.docx"), StandardCopyOption.REPLACE_EXISTING);
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
