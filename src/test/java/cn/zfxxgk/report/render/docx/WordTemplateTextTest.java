package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What word processors do to a template's text, and what the engine makes of it. */
class WordTemplateTextTest {

    private static final String HEAD =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + WordTemplateText.W + "\"><w:body>";
    private static final String TAIL = "</w:body></w:document>";

    private static String convert(String body) throws WordTemplateText.Unreadable {
        return WordTemplateText.of((HEAD + body + TAIL).getBytes(StandardCharsets.UTF_8), WordMessages.body())
                .text();
    }

    @Test
    void aPlaceholderSplitAcrossRunsSpellCheckMarksAndBookmarksIsGatheredIntoOneRun() throws Exception {
        // as Word saves "${p.text}" typed with a spelling mark, an edit id change and a bookmark in the middle
        String source = convert("<w:p w:rsidR=\"00AB12\"><w:r><w:t>正文：$</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
                + "<w:r w:rsidRPr=\"00CD34\"><w:rPr><w:b/></w:rPr><w:t>{p.</w:t></w:r><w:bookmarkStart w:id=\"0\" "
                + "w:name=\"_GoBack\"/><w:r><w:t>text}</w:t></w:r><w:bookmarkEnd w:id=\"0\"/><w:proofErr "
                + "w:type=\"spellEnd\"/><w:r><w:t>。</w:t></w:r></w:p>");
        assertTrue(source.contains("<w:t xml:space=\"preserve\">正文：${p.text}</w:t>"), source);
        assertFalse(source.contains("proofErr") || source.contains("bookmark") || source.contains("rsid"), source);
    }

    @Test
    void runsOfEqualFormattingAreMergedAndTrackedChangesAccepted() throws Exception {
        String source = convert("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${sec</w:t></w:r><w:ins w:id=\"1\" w:author=\"x\">"
                + "<w:r><w:rPr><w:b/></w:rPr><w:t>tion.heading}</w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"x\">"
                + "<w:r><w:delText>旧</w:delText></w:r></w:del></w:p>");
        assertTrue(
                source.contains("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">${section.heading}</w:t>"), source);
        assertFalse(source.contains("旧"), "a deleted revision is dropped");
    }

    @Test
    void directiveParagraphsAndRowsAreLiftedOutOfTheMarkup() throws Exception {
        String source = convert("<w:p><w:r><w:t>[#list report.title as line]</w:t></w:r></w:p><w:p><w:pPr><w:pStyle "
                + "w:val=\"Title\"/></w:pPr><w:r><w:t>${line}</w:t></w:r></w:p><w:p><w:r><w:t>[/#list]</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>[#list rows as row]</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:p><w:r><w:t>${row}</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:p><w:r><w:t>[/#list]</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
        String body = source.substring(source.indexOf("<w:body>"));
        assertTrue(
                body.startsWith("<w:body>[#list report.title as line]<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>"),
                body);
        assertTrue(body.contains("</w:p>[/#list]<w:tbl>[#list rows as row]<w:tr>"), body);
        assertTrue(body.contains("</w:tr>[/#list]</w:tbl>"), body);
    }

    @Test
    void aDirectiveMixedWithTextIsRejectedWithTheParagraphQuoted() {
        WordTemplateText.Unreadable e = assertThrows(
                WordTemplateText.Unreadable.class,
                () -> convert("<w:p><w:r><w:t>标题：[#if report.title?has_content]有[/#if]</w:t></w:r></w:p>"));
        assertEquals(
                "in the body, the paragraph '标题：[#if report.title?has_content]有[/#if]' mixes a directive with "
                        + "other text; expected each [#…] or [@…] directive in a paragraph of its own",
                e.text().en());
        assertEquals(
                "正文的段落“标题：[#if report.title?has_content]有[/#if]”把指令和其他文字混在一起；每个 [#…] 或 [@…] " + "指令应单独成段",
                e.text().zh());
    }

    @Test
    void anUnclosedPlaceholderIsRejectedWithTheParagraphQuoted() {
        WordTemplateText.Unreadable e = assertThrows(
                WordTemplateText.Unreadable.class,
                () -> convert("<w:p><w:r><w:t>机关：${report.agency</w:t></w:r></w:p>"));
        assertEquals(
                "in the body, the paragraph '机关：${report.agency' has a ${ without its closing }; expected each "
                        + "${…} closed in the paragraph where it opens",
                e.text().en());
        assertEquals(
                "正文的段落“机关：${report.agency”中，${ 没有对应的 }；每个 ${…} 应在同一段落内闭合",
                e.text().zh());
    }

    @Test
    void aDoctypeIsRefused() {
        WordTemplateText.Unreadable e = assertThrows(
                WordTemplateText.Unreadable.class,
                () -> WordTemplateText.of(
                        ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\""
                                        + WordTemplateText.W
                                        + "\"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>")
                                .getBytes(StandardCharsets.UTF_8),
                        WordMessages.body()));
        assertTrue(e.getMessage().startsWith("the XML of the body is not well-formed ("), e.getMessage());
    }
}
