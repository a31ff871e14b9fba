package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.readback.ZipEdits;
import cn.zfxxgk.report.template.TemplateLimits;
import cn.zfxxgk.report.template.Templates;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
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
        return generate(EnumSet.allOf(OutputFormat.class), TemplateLimits.DEFAULT);
    }

    private ReportEngine.Result generate(EnumSet<OutputFormat> formats, TemplateLimits limits) throws Exception {
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(output, formats, false, templates, List.of(), false, limits))) {
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
        failsKeepingTheGoodOutputs(message, EnumSet.allOf(OutputFormat.class), TemplateLimits.DEFAULT);
    }

    private void failsKeepingTheGoodOutputs(String message, EnumSet<OutputFormat> formats, TemplateLimits limits)
            throws Exception {
        List<byte[]> before = outputs();
        ReportEngine.Result result = generate(formats, limits);
        assertTrue(result.failed());
        assertEquals(
                List.of(message),
                result.problems().stream().map(Object::toString).toList());
        List<byte[]> after = outputs();
        for (int i = 0; i < before.size(); i++) {
            assertArrayEquals(before.get(i), after.get(i), "previous output kept");
        }
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(OutputFormat.values().length, files.count(), "no partial or temporary file");
        }
    }

    /** Where {@code text} is in the edited template {@code name}: {@code templates/name:line:column}. */
    private String at(String name, String text) throws Exception {
        List<String> lines = Files.readAllLines(templates.resolve(name));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return FileNames.display(templates.resolve(name)) + ":" + (i + 1) + ":"
                        + (lines.get(i).indexOf(text) + 1);
            }
        }
        throw new AssertionError(text + " is not in " + name);
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
        assertTrue(
                message.startsWith(FileNames.display(output) + ": error: the documents cannot be written ("), message);
        assertTrue(
                message.endsWith(
                        "), and none was; expected a writable output directory (choose another with " + "--output)"),
                message);
    }

    @Test
    void aReadOnlyOutputFileIsNotReplaced() throws Exception {
        Path pdf = output.resolve("gangcha-2023.pdf");
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("r--r--r--"));
        failsKeepingTheGoodOutputs(FileNames.display(output) + ": error: the documents cannot be written (" + pdf
                + " is read-only), and none was; expected a writable output directory (choose another with --output)");
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndColumn() throws Exception {
        editTemplate(
                "report.ftlh",
                "<h2 class=\"heading\">${section.heading}</h2>",
                "<h2 class=\"heading\">${section.headline}</h2>");
        List<String> lines = Files.readAllLines(templates.resolve("report.ftlh"));
        int line = 0;
        while (!lines.get(line).contains("section.headline")) {
            line++;
        }
        int column = lines.get(line).indexOf("${section.headline}") + 3;
        failsKeepingTheGoodOutputs(FileNames.display(templates.resolve("report.ftlh")) + ":" + (line + 1) + ":" + column
                + ": error: template error: 'section.headline' is missing (not a name the template sees, or empty here); "
                + "expected only the names listed in README.md, 'What a template sees'");
    }

    @Test
    void aTemplateSyntaxErrorNamesTheTemplateLineAndColumn() throws Exception {
        editTemplate("report.ftlh", "<#list report.sections as section>", "<#list report.sections as section");
        List<String> lines = Files.readAllLines(templates.resolve("report.ftlh"));
        int line = lines.indexOf("<#list report.sections as section") + 1;
        // FreeMarker notices the missing '>' at the next '<', the first character of the next line
        failsKeepingTheGoodOutputs(FileNames.display(templates.resolve("report.ftlh")) + ":" + (line + 1) + ":1: "
                + "error: template syntax error: \"<\" is not expected here (is a '>', '}', ')' or closing quote missing "
                + "before it?); expected valid FreeMarker syntax");
    }

    @Test
    void aDirectiveLeftOpenIsNamedWhereItOpens() throws Exception {
        editTemplate("report.ftlh", "</div>\n</#list>\n<#if report.signature??", "</div>\n<#if report.signature??");
        failsKeepingTheGoodOutputs(at("report.ftlh", "<#list report.sections as section>") + ": error: template syntax "
                + "error: the #list that opens here is never closed; expected </#list> after it");
    }

    @Test
    void anEndTagInsideAnOpenDirectiveSaysWhichIsOpen() throws Exception {
        editTemplate("report.ftlh", "</#list>\n</#macro>", "</#macro>");
        failsKeepingTheGoodOutputs(at("report.ftlh", "</#macro>") + ": error: template syntax error: </#macro> comes "
                + "while a #list is still open; expected </#list> before it");
    }

    @Test
    void aMissingIncludedTemplateIsNamed() throws Exception {
        editTemplate("report.ftlh", "<body>", "<body><#include \"header.ftlh\">");
        ReportEngine.Result result = generate();
        assertTrue(result.failed());
        assertTrue(
                result.problems().get(0).toString().contains("header.ftlh"),
                result.problems().toString());
    }

    @Test
    void aDocxTemplateThatIsNotAZipIsAClearError() throws Exception {
        Files.writeString(templates.resolve("report.docx"), "this is not a Word document");
        failsKeepingTheGoodOutputs(
                FileNames.display(templates.resolve("report.docx")) + ": error: is not a Word document "
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
        failsKeepingTheGoodOutputs(
                FileNames.display(templates.resolve("report.docx")) + ": error: unpacks to more than 64 MB; "
                        + "expected a Word template of a few hundred KB (is it a zip bomb?)");
    }

    @Test
    void aDocxParagraphMixingADirectiveWithTextIsQuoted() throws Exception {
        Path docx = templates.resolve("report.docx");
        byte[] rewritten = ZipEdits.replaceInZip(
                Files.readAllBytes(docx),
                "word/document.xml",
                "[@paragraphs report.preamble/]",
                "前言：[@paragraphs report.preamble/]");
        Files.write(docx, rewritten);
        failsKeepingTheGoodOutputs(FileNames.display(docx) + ": error: in the body, the paragraph '前言：[@paragraphs "
                + "report.preamble/]' mixes a directive with other text; expected each [#…] or [@…] directive in a "
                + "paragraph of its own");
    }

    @Test
    void htmlMarkupThatIsNotXhtmlIsATemplateProblemForEveryFormat() throws Exception {
        editTemplate("report.ftlh", "<p class=\"body\">${p.text}</p>", "<p class=\"body\">${p.text}<br></p>");
        String message =
                at("report.ftlh", "<br>") + ": error: the template writes <br> without closing it; expected XHTML, "
                        + "which the PDF is made from: write <br/>";
        failsKeepingTheGoodOutputs(message);
        failsKeepingTheGoodOutputs(message, EnumSet.of(OutputFormat.HTML), TemplateLimits.DEFAULT);
    }

    @Test
    void anHtmlEntityIsNamedWhereTheTemplateWritesIt() throws Exception {
        editTemplate("report.ftlh", "<p class=\"body\">${p.text}</p>", "<p class=\"body\">&nbsp;${p.text}</p>");
        failsKeepingTheGoodOutputs(
                at("report.ftlh", "&nbsp;") + ": error: the template writes &nbsp;, an HTML entity that "
                        + "XHTML does not have; expected a character reference such as &#160; or the character itself (XHTML "
                        + "knows only &amp; &lt; &gt; &quot; &apos;)",
                EnumSet.of(OutputFormat.HTML),
                TemplateLimits.DEFAULT);
    }

    @Test
    void otherMalformedMarkupQuotesThePageLine() throws Exception {
        int line = Files.readAllLines(output.resolve("gangcha-2023.html")).indexOf("<h2 class=\"heading\">一、总体情况</h2>")
                + 1; // the page the template made before the slip
        editTemplate(
                "report.ftlh",
                "<h2 class=\"heading\">${section.heading}</h2>",
                "<h2 class=\"heading\">${section.heading}</h3>");
        failsKeepingTheGoodOutputs(
                FileNames.display(templates.resolve("report.ftlh")) + ": error: the page the template "
                        + "makes is not well-formed XHTML: The element type \"h2\" must be terminated by the matching end-tag "
                        + "\"</h2>\". (line " + line
                        + " of the page: '<h2 class=\"heading\">一、总体情况</h3>'); expected every element "
                        + "closed (<br/>, <p>…</p>) and no entities but &amp; &lt; &gt; &quot; &apos;",
                EnumSet.of(OutputFormat.HTML),
                TemplateLimits.DEFAULT);
    }

    @Test
    void aLoopWithoutEndIsStoppedWithinTheTimeLimit() throws Exception {
        editTemplate("report.ftlh", "<body>", "<body><#list 1.. as i><#if i == 0>x</#if></#list>");
        long start = System.nanoTime();
        failsKeepingTheGoodOutputs(
                at("report.ftlh", "<#list 1..") + ": error: the template did not finish within 1 s, the "
                        + "limit for one report (a loop without end?); expected a template that ends",
                EnumSet.allOf(OutputFormat.class),
                new TemplateLimits(Duration.ofSeconds(1), 1024 * 1024));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "stopped, not waited out");
    }

    @Test
    void aLoopThatWritesWithoutEndIsStoppedAtTheOutputLimit() throws Exception {
        editTemplate("report.ftlh", "<body>", "<body><#list 1.. as i>${i}</#list>");
        failsKeepingTheGoodOutputs(
                at("report.ftlh", "${i}") + ": error: the template wrote more than 1 MB of text for one "
                        + "report (a loop without end?); expected a report of a sensible size",
                EnumSet.of(OutputFormat.HTML),
                new TemplateLimits(Duration.ofSeconds(30), 1024 * 1024));
    }

    @Test
    void aMacroThatCallsItselfIsATemplateProblem() throws Exception {
        editTemplate("report.ftlh", "<body>", "<body><#macro again n><@again n + 1/></#macro><@again 1/>");
        failsKeepingTheGoodOutputs(at("report.ftlh", "<@again n + 1/>") + ": error: a macro or function calls itself "
                + "without end; expected calls that end");
    }

    @Test
    void aWordTemplateThatLoopsIsStoppedToo() throws Exception {
        Path docx = templates.resolve("report.docx");
        Files.write(
                docx,
                ZipEdits.replaceInZip(
                        Files.readAllBytes(docx),
                        "word/document.xml",
                        "[@paragraphs report.preamble/]",
                        "[#list 1.. as i][/#list]"));
        failsKeepingTheGoodOutputs(
                FileNames.display(docx) + ": error: in the body, the paragraph '[#list 1.. as i][/#list]': "
                        + "the template did not finish within 1 s, the limit for one report (a loop without end?); expected a "
                        + "template that ends",
                EnumSet.of(OutputFormat.DOCX),
                new TemplateLimits(Duration.ofSeconds(1), 1024 * 1024));
    }

    @Test
    void aTruncatedWordTemplateIsAClearError() throws Exception {
        Path docx = templates.resolve("report.docx");
        byte[] whole = Files.readAllBytes(docx);
        Files.write(docx, java.util.Arrays.copyOf(whole, whole.length / 2));
        failsKeepingTheGoodOutputs(
                FileNames.display(docx) + ": error: is not a readable Word document (it ends early: was it "
                        + "copied only in part?); expected a .docx saved by Word, WPS or LibreOffice");
    }

    @Test
    void thousandsOfNestedElementsAreRefusedBeforeTheyAreWalked() throws Exception {
        Path docx = templates.resolve("report.docx");
        String nested = "<w:sdt><w:sdtContent>".repeat(5000) + "</w:sdtContent></w:sdt>".repeat(5000);
        Files.write(
                docx,
                ZipEdits.replaceInZip(Files.readAllBytes(docx), "word/document.xml", "<w:body>", "<w:body>" + nested));
        failsKeepingTheGoodOutputs(
                FileNames.display(docx) + ": error: its part word/document.xml is not well-formed XML "
                        + "(its elements nest more than 256 deep); expected a .docx saved by Word, WPS or LibreOffice");
    }

    @Test
    void aHugeTemplateFileIsRefusedBeforeItIsRead() throws Exception {
        Path fonts = templates.resolve("fonts.properties");
        try (RandomAccessFile sparse = new RandomAccessFile(fonts.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024); // 3 GB that take no disk space
        }
        long start = System.nanoTime();
        failsKeepingTheGoodOutputs(
                FileNames.display(fonts) + ": error: is 3072 MB large; expected a template file of at most " + "4 MB");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5, "refused without reading it");
    }

    @Test
    void documentsNeverOverwriteTheTemplates() throws Exception {
        Path report = work.resolve("report.yaml");
        Files.copy(SEED, report);
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(
                templates, EnumSet.allOf(OutputFormat.class), false, templates, List.of(), false))) {
            byte[] template = Files.readAllBytes(templates.resolve("report.docx"));
            ReportEngine.Result result = engine.generate(report, "report.yaml");
            assertEquals(
                    List.of("report.yaml: error: its document would overwrite the template "
                            + FileNames.display(templates.resolve("report.docx"))
                            + ", so none is written; expected an output "
                            + "directory that is not the template directory (choose another with --output)"),
                    result.problems().stream().map(Object::toString).toList());
            assertArrayEquals(template, Files.readAllBytes(templates.resolve("report.docx")));
            assertFalse(Files.exists(templates.resolve("report.html")));
        }
    }
}
