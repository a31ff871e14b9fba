package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.problem.Message;

/**
 * Every message about the Word template, in English and Chinese, for the office staff who keep it in Word or WPS: what
 * the .docx holds that cannot be used, or which paragraph the engine cannot make sense of, quoted.
 */
final class WordMessages {

    private static final String EXPECTED_EN = "expected a .docx saved by Word, WPS or LibreOffice";
    private static final String EXPECTED_ZH = "应为 Word、WPS 或 LibreOffice 保存的 .docx";
    private static final String NO_MACROS_EN =
            "expected a .docx without macros or active content (in Word: 文件 → 另存为 " + "→ Word 文档 (*.docx))";
    private static final String NO_MACROS_ZH = "应为不含宏和活动内容的 .docx（在 Word 中：文件 → 另存为 → Word 文档 (*.docx)）";

    private WordMessages() {}

    private static Message of(String code, String en, String zh) {
        return Message.of(code, en, zh);
    }

    static Message officialTables(String pageTemplate) {
        return of(
                "docx-official-tables",
                pageTemplate + " could not be evaluated, so the DOCX's tables keep the "
                        + "official labels and widths; expected the template's labels and widths (make " + pageTemplate
                        + " work again: the HTML or PDF run names its error)",
                pageTemplate + " 无法运行，DOCX 的表格沿用官方格式的" + "标签和列宽；应采用模板中的标签和列宽（请先修好 " + pageTemplate
                        + "：生成 HTML 或 PDF 时会指出其错误）");
    }

    static Message partMissing(String part) {
        return of(
                "word-not-a-document",
                "is not a Word document (" + part + " is missing); " + EXPECTED_EN,
                "不是 Word 文档（缺少 " + part + "）；" + EXPECTED_ZH);
    }

    static Message malformedPart(String part, String reason) {
        return of(
                "word-malformed",
                "its part " + part + " is not well-formed XML (" + reason + "); " + EXPECTED_EN,
                "其中的 " + part + " 不是格式正确的 XML（" + reason + "）；" + EXPECTED_ZH);
    }

    static Message zipBomb(long megabytes) {
        return of(
                "word-too-large",
                "unpacks to more than " + megabytes + " MB; expected a Word template of a few "
                        + "hundred KB (is it a zip bomb?)",
                "解压后超过 " + megabytes + " MB；Word 模板通常只有几百 KB（是否为“zip 炸弹”？）");
    }

    static Message partTwice(String part) {
        return of(
                "word-malformed",
                "holds the part " + part + " twice; " + EXPECTED_EN,
                "含有两个 " + part + "；" + EXPECTED_ZH);
    }

    static Message notAZip(String reason) {
        return of(
                "word-unreadable",
                "is not a readable Word document (" + reason + "); " + EXPECTED_EN,
                "不是可读取的 Word 文档（" + reason + "）；" + EXPECTED_ZH);
    }

    static Message truncated() {
        return of(
                "word-unreadable",
                "is not a readable Word document (it ends early: was it copied only in part?); " + EXPECTED_EN,
                "不是可读取的 Word 文档（文件提前结束：是否只复制了一部分？）；" + EXPECTED_ZH);
    }

    static Message unsafeName(String name) {
        return of(
                "word-unsafe-name",
                "holds a part with an unsafe name ('" + name + "'); expected part names inside the "
                        + "package, as Word, WPS and LibreOffice write them",
                "含有名称不安全的部件（“" + name + "”）；部件名应在文档包" + "之内，如 Word、WPS 和 LibreOffice 所写");
    }

    static Message activeContent(String part) {
        return of(
                "word-macros",
                "contains macros or active content (" + part + "); " + NO_MACROS_EN,
                "含有宏或活动内容（" + part + "）；" + NO_MACROS_ZH);
    }

    static Message activeField(String field, String part) {
        return of(
                "word-active-field",
                "contains a " + field + " field in " + part + ", which runs a program or fetches "
                        + "a file when the document is opened; " + NO_MACROS_EN + " and no such fields",
                part + " 中含有 " + field + " 域，打开文档时会运行程序或读取文件；" + NO_MACROS_ZH + "，且不含这类域");
    }

    static Message relationshipOutside(String part, String target) {
        return of(
                "word-unsafe-name",
                "has a relationship in " + part + " to '" + target + "', outside the package; "
                        + "expected relationships between its own parts",
                part + " 中有指向文档包之外“" + target + "”的关系；关系应只" + "指向文档自身的部件");
    }

    static Message externalLink(String type, String target, String part) {
        return of(
                "word-external-link",
                "links to a file outside the document (" + type + " '" + target + "' in " + part
                        + "); expected a template that loads nothing from outside: insert the picture or object into the "
                        + "document instead of linking it",
                "链接了文档之外的文件（" + part + " 中的 " + type + "“" + target + "”）；模板不应从外部载入任何内容：请把图片或对象插入文档，而不是链接");
    }

    static Message partMalformed(Message where, String reason) {
        return of(
                "word-malformed",
                "the XML of " + where.en() + " is not well-formed (" + reason + ")",
                where.zh() + "的 XML 格式不正确（" + reason + "）");
    }

    static Message unclosedPlaceholder(Message where, String paragraph) {
        return of(
                "word-placeholder",
                "in " + where.en() + ", the paragraph '" + paragraph + "' has a ${ without its "
                        + "closing }; expected each ${…} closed in the paragraph where it opens",
                where.zh() + "的段落“" + paragraph + "”中，${ 没有对应的 }；每个 ${…} 应在同一段落内闭合");
    }

    static Message mixedDirective(Message where, String paragraph) {
        return of(
                "word-mixed-directive",
                "in " + where.en() + ", the paragraph '" + paragraph + "' mixes a directive "
                        + "with other text; expected each [#…] or [@…] directive in a paragraph of its own",
                where.zh() + "的段落“" + paragraph + "”把指令和其他文字混在一起；每个 [#…] 或 [@…] 指令应单独成段");
    }

    /** {@code message}, about the paragraph whose text is {@code paragraph} in {@code where}. */
    static Message inParagraph(Message where, String paragraph, Message message) {
        return of(
                message.code(),
                "in " + where.en() + ", the paragraph '" + paragraph + "': " + message.en(),
                where.zh() + "的段落“" + paragraph + "”：" + message.zh());
    }

    // ---- where a paragraph is -------------------------------------------------------------------------------------

    static Message body() {
        return of("word-body", "the body", "正文");
    }

    /**
     * A header ({@code header} true) or footer of {@code type} ({@code default}, {@code first}, {@code even}; the
     * default one is the odd pages' when the document has different odd and even ones), of section {@code section}
     * (1-based) when the document has {@code sections} more than one.
     */
    static Message headerOrFooter(boolean header, String type, boolean evenAndOdd, int section, int sections) {
        String en = header ? "header" : "footer";
        String zh = header ? "页眉" : "页脚";
        switch (type) {
            case "first" -> {
                en = "first-page " + en;
                zh = "首页" + zh;
            }
            case "even" -> {
                en = "even-page " + en;
                zh = "偶数页" + zh;
            }
            default -> {
                if (evenAndOdd) {
                    en = "odd-page " + en;
                    zh = "奇数页" + zh;
                }
            }
        }
        return sections > 1
                ? of("word-part", "the " + en + " of section " + section, "第 " + section + " 节的" + zh)
                : of("word-part", "the " + en, zh);
    }

    static Message filledInMalformed(Message where, String reason) {
        return of(
                "word-malformed",
                "filled in, " + where.en() + " is not well-formed XML (" + reason + "); expected a "
                        + "template that Word opens",
                "填入数据后，" + where.zh() + "不是格式正确的 XML（" + reason + "）；模板应能被 " + "Word 打开");
    }
}
