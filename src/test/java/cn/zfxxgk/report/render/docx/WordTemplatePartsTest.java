package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.readback.DocxReadback;
import cn.zfxxgk.report.readback.ZipEdits;
import cn.zfxxgk.report.template.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.docx4j.TextUtils;
import org.docx4j.model.structure.HeaderFooterPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Placeholders and directives in the Word template's headers and footers work as in its body, and what goes wrong in
 * any of them is said of the paragraph, quoted, and the part it is in — in both languages, never in FreeMarker's words.
 */
class WordTemplatePartsTest {

    private static final Path SEED = Path.of("data/gangcha-2023.yaml");

    @TempDir
    Path work;

    private Path templates;
    private Path docx;

    @BeforeEach
    void exportTemplates() throws Exception {
        templates = work.resolve("templates");
        Templates.export(templates, true, new ArrayList<>());
        docx = templates.resolve("report.docx");
    }

    private ReportEngine.Result generate() throws Exception {
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(work.resolve("out"), EnumSet.of(OutputFormat.DOCX), false, templates))) {
            return engine.generate(SEED, "data/gangcha-2023.yaml");
        }
    }

    private void edit(String part, String from, String to) throws Exception {
        Files.write(docx, ZipEdits.replaceInZip(Files.readAllBytes(docx), part, from, to));
    }

    /** The one problem of a failed run, in English and in Chinese. */
    private List<String> failure() throws Exception {
        ReportEngine.Result result = generate();
        assertTrue(result.failed());
        assertEquals(1, result.problems().size(), result.problems().toString());
        Problem problem = result.problems().get(0);
        return List.of(problem.toString(Language.EN), problem.toString(Language.ZH));
    }

    private String shown() {
        return FileNames.display(docx);
    }

    @Test
    void aPlaceholderInAHeaderIsFilledAndFootersWithoutOneAreKeptByteForByte() throws Exception {
        Files.write(
                docx,
                WordHeaders.withHeader(
                        Files.readAllBytes(docx),
                        "default",
                        WordHeaders.paragraph("${report.agency}${report.year}年报告")
                                + "<w:p><w:r><w:t>[#if report.format == \"2021\"]</w:t></w:r></w:p>"
                                + WordHeaders.paragraph("按国办公开办函〔2021〕30号格式")
                                + "<w:p><w:r><w:t>[/#if]</w:t></w:r></w:p>"));
        byte[] template = Files.readAllBytes(docx);
        ReportEngine.Result result = generate();
        assertFalse(result.failed(), result.problems().toString());
        byte[] output = Files.readAllBytes(work.resolve("out/gangcha-2023.docx"));

        HeaderFooterPolicy policy = new DocxReadback(output)
                .pkg()
                .getDocumentModel()
                .getSections()
                .get(0)
                .getHeaderFooterPolicy();
        assertEquals(
                "刚察县人民政府办公室2023年报告按国办公开办函〔2021〕30号格式",
                TextUtils.getText(policy.getDefaultHeader().getJaxbElement()).strip());
        for (String footer : List.of("word/footer1.xml", "word/footer2.xml")) {
            assertEquals(ZipEdits.entry(template, footer), ZipEdits.entry(output, footer), footer + " as it was");
        }
    }

    @Test
    void aMissingNameInAnEvenPageHeaderIsSaidOfItsParagraph() throws Exception {
        Files.write(
                docx,
                WordHeaders.withHeader(
                        Files.readAllBytes(docx), "even", WordHeaders.paragraph("${report.agencyy}年度报告")));
        assertEquals(
                List.of(
                        shown() + ": error: in the even-page header, the paragraph '${report.agencyy}年度报告': "
                                + "template error: 'report.agencyy' is missing (not a name the template sees, or empty here); expected "
                                + "only the names listed in README.md, 'What a template sees'",
                        shown() + ": 错误：偶数页页眉的段落“${report.agencyy}年度报告”：模板错误：“report.agencyy”不存在（不是模板可用的"
                                + "名称，或此处为空）；只能使用 README.md 的“What a template sees”一节列出的名称"),
                failure());
    }

    @Test
    void wordsCurlyQuotesAreNamedWithTheFixAtTheirParagraph() throws Exception {
        edit("word/document.xml", "[#if p.kind == \"heading\"]", "[#if p.kind == “heading”]");
        assertEquals(
                List.of(
                        shown() + ": error: in the body, the paragraph '[#if p.kind == “heading”]': template syntax "
                                + "error: the template has curly quotes “…” (Word's AutoCorrect typed them); expected straight quotes "
                                + "\"…\" (in Word: 文件 → 选项 → 校对 → 自动更正选项 → 键入时自动套用格式: turn off 直引号替换为弯引号, then "
                                + "retype the quotes)",
                        shown() + ": 错误：正文的段落“[#if p.kind == “heading”]”：模板语法错误：模板中有弯引号“…”（Word 自动更正所致）；"
                                + "应为直引号 \"…\"（在 Word 中：文件 → 选项 → 校对 → 自动更正选项 → 键入时自动套用格式，取消“直引号替换为"
                                + "弯引号”，再重新输入引号）"),
                failure());
    }

    @Test
    void aMissingNameInTheBodyIsNamedWholeAtItsParagraph() throws Exception {
        edit("word/document.xml", "${section.heading}", "第${section.headline.text}节");
        assertEquals(
                List.of(
                        shown() + ": error: in the body, the paragraph '第${section.headline.text}节': template "
                                + "error: 'section.headline' is missing (not a name the template sees, or empty here); expected only the "
                                + "names listed in README.md, 'What a template sees'",
                        shown() + ": 错误：正文的段落“第${section.headline.text}节”：模板错误：“section.headline”不存在（不是模板可用的"
                                + "名称，或此处为空）；只能使用 README.md 的“What a template sees”一节列出的名称"),
                failure());
    }

    @Test
    void anUnclosedPlaceholderInAFooterNamesTheFooter() throws Exception {
        edit(
                "word/footer2.xml",
                "<w:t xml:space=\"preserve\">— </w:t>",
                "<w:t xml:space=\"preserve\">${report.agency — </w:t>");
        assertEquals(
                List.of(
                        shown() + ": error: in the even-page footer, the paragraph '${report.agency — 1 —' has a ${ "
                                + "without its closing }; expected each ${…} closed in the paragraph where it opens",
                        shown() + ": 错误：偶数页页脚的段落“${report.agency — 1 —”中，${ 没有对应的 }；每个 ${…} 应在同一段落内闭合"),
                failure());
    }

    @Test
    void aDirectiveLeftOpenIsSaidOfTheParagraphThatOpensIt() throws Exception {
        edit("word/document.xml", "<w:t xml:space=\"preserve\">[/#list]</w:t>", "<w:t xml:space=\"preserve\"> </w:t>");
        assertEquals(
                List.of(
                        shown() + ": error: in the body, the paragraph '[#list report.title as line]': template "
                                + "syntax error: the #list that opens here is never closed; expected [/#list] after it",
                        shown() + ": 错误：正文的段落“[#list report.title as line]”：模板语法错误：此处开始的 #list 没有结束；其后应有 "
                                + "[/#list]"),
                failure());
    }

    @Test
    void anEndTagInsideAnOpenDirectiveIsSaidOfItsParagraph() throws Exception {
        edit("word/document.xml", "<w:t xml:space=\"preserve\">[/#if]</w:t>", "<w:t xml:space=\"preserve\"> </w:t>");
        assertEquals(
                List.of(
                        shown() + ": error: in the body, the paragraph '[/#list][/#macro]': template syntax error: "
                                + "[/#list] comes while a #if is still open; expected [/#if] before it",
                        shown() + ": 错误：正文的段落“[/#list][/#macro]”：模板语法错误：#if 尚未结束就出现了 [/#list]；其前应有 [/#if]"),
                failure());
    }

    @Test
    void aTemplateWithoutPlaceholdersInItsFootersKeepsThem() throws Exception {
        byte[] template = Files.readAllBytes(docx);
        assertFalse(generate().failed());
        byte[] output = Files.readAllBytes(work.resolve("out/gangcha-2023.docx"));
        for (String part : List.of("word/footer1.xml", "word/footer2.xml", "word/styles.xml", "word/settings.xml")) {
            assertArrayEquals(
                    ZipEdits.entry(template, part).getBytes(),
                    ZipEdits.entry(output, part).getBytes(),
                    part);
        }
    }
}
