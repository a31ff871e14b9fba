package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.readback.ZipEdits;
import cn.zfxxgk.report.template.Templates;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the surroundings: outputs that cannot be written, broken templates. Each is a clean message; a failed run
 * writes nothing and leaves the previous good outputs exactly as they were.
 */
class FaultTest {

    private static final Path SEED = Path.of("data/gangcha-2023.yaml");

    @TempDir
    Path work;

    private Path output;
    private Path templates;

    @BeforeEach
    void goodOutputsFirst() throws Exception {
        output = work.resolve("out");
        templates = work.resolve("templates");
        Templates.export(templates, true, new ArrayList<>());
        assertFalse(generate().failed());
    }

    private ReportEngine.Result generate() throws Exception {
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(output, EnumSet.allOf(OutputFormat.class),
                false, templates, List.of(), false))) {
            return engine.generate(SEED, "data/gangcha-2023.yaml");
        }
    }

    private List<byte[]> outputs() throws Exception {
        List<byte[]> all = new ArrayList<>();
        for (OutputFormat format : OutputFormat.values()) {
            all.add(Files.readAllBytes(output.resolve("gangcha-2023." + format.extension())));
        }
        return all;
    }

    /** The run fails with {@code message}; the previous outputs (every format) are untouched and no stray file is left. */
    private void failsKeepingTheGoodOutputs(String message) throws Exception {
        List<byte[]> before = outputs();
        ReportEngine.Result result = generate();
        assertTrue(result.failed());
        assertEquals(List.of(message), result.problems().stream().map(Object::toString).toList());
        List<byte[]> after = outputs();
        for (int i = 0; i < before.size(); i++) {
            assertArrayEquals(before.get(i), after.get(i), "previous output kept");
        }
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(OutputFormat.values().length, files.count(), "no partial or temporary file");
        }
    }

    private void editTemplate(String name, String from, String to) throws Exception {
        Path file = templates.resolve(name);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aMissingOutputDirectoryIsCreated() throws Exception {
        output = work.resolve("new/deeper/out");
        assertFalse(generate().failed());
        assertTrue(Files.isRegularFile(output.resolve("gangcha-2023.docx")));
    }

    @Test
    void anOutputDirectoryThatIsAFileIsAClearError() throws Exception {
        output = work.resolve("a-file");
        Files.writeString(output, "not a directory");
        ReportEngine.Result result = generate();
        assertTrue(result.failed());
        String message = result.problems().get(0).toString();
        assertTrue(message.startsWith(FileNames.display(output) + ": the documents cannot be written ("), message);
        assertTrue(message.endsWith("), and none was; expected a writable output directory (choose another with "
                + "--output)"), message);
    }

    @Test
    void aReadOnlyOutputFileIsNotReplaced() throws Exception {
        Path pdf = output.resolve("gangcha-2023.pdf");
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("r--r--r--"));
        failsKeepingTheGoodOutputs(FileNames.display(output) + ": the documents cannot be written (" + pdf
                + " is read-only), and none was; expected a writable output directory (choose another with --output)");
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndColumn() throws Exception {
        editTemplate("report.ftlh", "<h2 class=\"heading\">${section.heading}</h2>",
                "<h2 class=\"heading\">${section.headline}</h2>");
        List<String> lines = Files.readAllLines(templates.resolve("report.ftlh"));
        int line = 0;
        while (!lines.get(line).contains("section.headline")) {
            line++;
        }
        int column = lines.get(line).indexOf("${section.headline}") + 3;
        failsKeepingTheGoodOutputs(FileNames.display(templates.resolve("report.ftlh")) + ":" + (line + 1) + ":" + column
                + ": template error: The following has evaluated to null or missing:; expected only the names listed "
                + "in README.md, 'What a template sees'");
    }

    @Test
    void aTemplateSyntaxErrorNamesTheTemplateLineAndColumn() throws Exception {
        editTemplate("report.ftlh", "<#list report.sections as section>", "<#list report.sections as section");
        ReportEngine.Result result = generate();
        assertTrue(result.failed());
        assertTrue(result.problems().get(0).toString().startsWith(FileNames.display(templates.resolve("report.ftlh"))
                + ":"), result.problems().toString());
        assertTrue(result.problems().get(0).toString().contains(": template syntax error: "), result.problems().toString());
    }

    @Test
    void aMissingIncludedTemplateIsNamed() throws Exception {
        editTemplate("report.ftlh", "<body>", "<body><#include \"header.ftlh\">");
        ReportEngine.Result result = generate();
        assertTrue(result.failed());
        assertTrue(result.problems().get(0).toString().contains("header.ftlh"), result.problems().toString());
    }

    @Test
    void aDocxTemplateThatIsNotAZipIsAClearError() throws Exception {
        Files.writeString(templates.resolve("report.docx"), "this is not a Word document");
        failsKeepingTheGoodOutputs(FileNames.display(templates.resolve("report.docx")) + ": is not a Word document "
                + "(word/document.xml is missing); expected a .docx saved by Word, WPS or LibreOffice");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros); // 100 MB of zeros pack into about 100 KB
            }
            zip.closeEntry();
        }
        assertTrue(bomb.size() < 1024 * 1024, "the bomb is small");
        Files.write(templates.resolve("report.docx"), bomb.toByteArray());
        failsKeepingTheGoodOutputs(FileNames.display(templates.resolve("report.docx")) + ": unpacks to more than 64 MB; "
                + "expected a Word template of a few hundred KB (is it a zip bomb?)");
    }

    @Test
    void aDocxParagraphMixingADirectiveWithTextIsQuoted() throws Exception {
        Path docx = templates.resolve("report.docx");
        byte[] rewritten = ZipEdits.replaceInZip(Files.readAllBytes(docx), "word/document.xml",
                "[@paragraphs report.preamble/]", "前言：[@paragraphs report.preamble/]");
        Files.write(docx, rewritten);
        failsKeepingTheGoodOutputs(FileNames.display(docx) + ": the paragraph '前言：[@paragraphs report.preamble/]' "
                + "mixes a directive with other text; expected each [#…] or [@…] directive in a paragraph of its own");
    }
}
