package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.readback.DocxReadback;
import cn.zfxxgk.report.readback.ZipEdits;
import cn.zfxxgk.report.template.Templates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates come from editors and get less trust than code: each attack below is refused with a message, and nothing
 * of the machine leaks into a document.
 */
class TemplateSecurityTest {

    @TempDir
    Path work;

    private Path templates;
    private Path secret;

    @BeforeEach
    void exportTemplates() throws Exception {
        templates = work.resolve("templates");
        Templates.export(templates, true, new ArrayList<>());
        secret = work.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
    }

    private ReportEngine.Result generate(EnumSet<OutputFormat> formats) throws Exception {
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(work.resolve("out"), formats, false,
                templates, List.of(), false))) {
            return engine.generate(Path.of("data/gangcha-2023.yaml"), "data/gangcha-2023.yaml");
        }
    }

    private String refusedWith(String injection) throws Exception {
        Path file = templates.resolve("report.ftlh");
        Files.writeString(file, Files.readString(file).replace("<body>", "<body>" + injection), StandardCharsets.UTF_8);
        ReportEngine.Result result = generate(EnumSet.of(OutputFormat.HTML));
        assertTrue(result.failed(), "refused: " + injection);
        assertFalse(Files.exists(work.resolve("out/gangcha-2023.html")), "nothing written");
        return result.problems().get(0).toString();
    }

    @Test
    void noJavaObjectsCanBeCreated() throws Exception {
        String message = refusedWith("${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
        assertTrue(message.contains("template error: ") && message.contains("freemarker.template.utility.Execute"),
                message);
    }

    @Test
    void noJavaApiIsReachable() throws Exception {
        String message = refusedWith("${report.title?api.getClass()}");
        assertTrue(message.contains("template error: "), message);
    }

    @Test
    void noFileOutsideTheTemplateDirectoryCanBeIncluded() throws Exception {
        assertTrue(refusedWith("<#include \"../secret.txt\">").contains("template"));
        assertTrue(refusedWith("<#include \"/../secret.txt\">").contains("template"));
        assertTrue(refusedWith("<#include \"" + secret + "\">").contains("template"));
    }

    @Test
    void aLinkInTheTemplateDirectoryLeadingOutsideIsNotFollowed() throws Exception {
        Files.createSymbolicLink(templates.resolve("linked.ftlh"), secret);
        assertTrue(refusedWith("<#include \"linked.ftlh\">").contains("template"));
    }

    @Test
    void aDocxTemplateCannotReadFilesThroughXmlEntities() throws Exception {
        Path docx = templates.resolve("report.docx");
        String entity = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>";
        Files.write(docx, ZipEdits.replaceInZip(Files.readAllBytes(docx), "word/styles.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>", entity));
        ReportEngine.Result result = generate(EnumSet.of(OutputFormat.DOCX));
        if (!result.failed()) {
            DocxReadback docx2 = new DocxReadback(Files.readAllBytes(work.resolve("out/gangcha-2023.docx")));
            assertFalse(new String(Files.readAllBytes(work.resolve("out/gangcha-2023.docx")), StandardCharsets.ISO_8859_1)
                    .contains("TOP-SECRET"), "the entity is not expanded");
            assertFalse(docx2.paragraphs().isEmpty());
        }
    }

    @Test
    void aDocxDocumentWithAnEntityIsRefused() throws Exception {
        Path docx = templates.resolve("report.docx");
        Files.write(docx, ZipEdits.replaceInZip(Files.readAllBytes(docx), "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><!DOCTYPE d [<!ENTITY x SYSTEM \""
                        + secret.toUri() + "\">]>"));
        ReportEngine.Result result = generate(EnumSet.of(OutputFormat.DOCX));
        assertTrue(result.failed());
        assertTrue(result.problems().get(0).toString().contains("report.docx: its part word/document.xml is not well-formed XML (DOCTYPE is disallowed"),
                result.problems().toString());
    }
}
