package cn.zfxxgk.report.template;

import cn.zfxxgk.report.problem.Message;

/**
 * Every message about a template, in English and Chinese, for the office staff who keep the templates: what is wrong,
 * where (the template's file, line and column are the problem's), and what to write instead — never FreeMarker's own
 * wording of its internals.
 */
final class TemplateMessages {

    private static final String NAMES_EN = "expected only the names listed in README.md, 'What a template sees'";
    private static final String NAMES_ZH = "只能使用 README.md 的“What a template sees”一节列出的名称";

    private TemplateMessages() {}

    private static Message of(String code, String en, String zh) {
        return Message.of(code, en, zh);
    }

    // ---- files ------------------------------------------------------------------------------------------------

    static Message notFound(String name, String where) {
        return of(
                "template-missing",
                "template not found; expected " + name + " in " + where,
                "找不到模板；" + where + "中应有 " + name);
    }

    static Message fileNotFound(String name) {
        return of(
                "template-missing",
                "file not found; expected " + name + " in the template directory or the built-in " + "templates",
                "找不到文件；模板目录或内置模板中应有 " + name);
    }

    static Message unreadable(String reason) {
        return of(
                "template-unreadable",
                "cannot be read: " + reason + "; expected a readable UTF-8 file",
                "无法读取（" + reason + "）；应为可读取的 UTF-8 文件");
    }

    static Message refused(String wrongEn, String wrongZh, boolean word, String size) {
        return of(
                "template-refused",
                wrongEn + "; expected " + (word ? "a Word template" : "a template file") + " of at most " + size,
                wrongZh + "；" + (word ? "Word 模板" : "模板文件") + "应不超过 " + size);
    }

    static Message linkOutside(String directory) {
        return of(
                "template-link-outside",
                "is a link that leads outside the template directory; expected the file " + "itself in " + directory
                        + " (copy it there instead of linking to it)",
                "是指向模板目录之外的链接；" + "文件本身应放在 " + directory + " 中（请把文件复制过去，不要用链接）");
    }

    static Message includeLinkOutside(String included) {
        return of(
                "template-link-outside",
                (included == null ? "the template" : "the template includes \"" + included + "\", which")
                        + " is a link that leads outside the template directory; expected templates inside it "
                        + "(copy the file there instead of linking to it)",
                (included == null ? "模板" : "模板引用的“" + included + "”") + "是指向模板目录之外的链接；模板应放在模板目录内（请把文件复制过去，不要用链接）");
    }

    static Message includeMissing(String included, String directory) {
        String where = directory == null
                ? "not in the built-in templates"
                : "in neither " + directory + " nor the built-in templates";
        String whereZh = directory == null ? "内置模板中没有它" : directory + " 和内置模板中都没有它";
        return of(
                "template-include-missing",
                "the template includes \"" + included + "\", which is " + where
                        + "; expected the name of a template file in "
                        + (directory == null ? "the built-in templates" : directory),
                "模板引用了“" + included + "”，但" + whereZh + "；应为" + (directory == null ? "内置模板" : directory + " 中")
                        + "的模板文件名");
    }

    static Message includeOutside(String included, String directory) {
        return of(
                "template-include-outside",
                "the template includes \"" + included + "\", a name that leads outside "
                        + "the template directory; expected the name of a template file in " + directory,
                "模板引用的“" + included + "”指向模板目录之外；应为 " + directory + " 中的模板文件名");
    }

    // ---- syntax -----------------------------------------------------------------------------------------------

    static Message unexpected(String token, boolean word) {
        return of(
                "template-syntax",
                "template syntax error: " + token + " is not expected here (is a '>', '}', ')' or "
                        + "closing quote missing before it?); " + expectedSyntax(word),
                "模板语法错误：此处不应出现 " + token + "（前面是否少了“>”“}”“)”或结束的引号？）；" + expectedSyntaxZh(word));
    }

    static Message curlyQuotes(boolean word) {
        return of(
                "template-curly-quotes",
                "template syntax error: the template has curly quotes “…” (Word's "
                        + "AutoCorrect typed them); expected straight quotes \"…\" (in Word: 文件 → 选项 → 校对 → 自动更正选项 → "
                        + "键入时自动套用格式: turn off 直引号替换为弯引号, then retype the quotes)",
                "模板语法错误：模板中有弯引号“…”"
                        + "（Word 自动更正所致）；应为直引号 \"…\"（在 Word 中：文件 → 选项 → 校对 → 自动更正选项 → 键入时自动套用格式，"
                        + "取消“直引号替换为弯引号”，再重新输入引号）");
    }

    static Message unclosed(String directive, boolean word) {
        String end = word ? "[/#" + directive + "]" : "</#" + directive + ">";
        return of(
                "template-unclosed",
                "template syntax error: the #" + directive + " that opens here is never closed; " + "expected " + end
                        + " after it",
                "模板语法错误：此处开始的 #" + directive + " 没有结束；其后应有 " + end);
    }

    static Message misnested(String found, String open, boolean word) {
        String end = word ? "[/#" + open + "]" : "</#" + open + ">";
        return of(
                "template-unclosed",
                "template syntax error: " + found + " comes while a #" + open + " is still open; " + "expected " + end
                        + " before it",
                "模板语法错误：#" + open + " 尚未结束就出现了 " + found + "；其前应有 " + end);
    }

    static Message widthsScaled(String table, String sum) {
        return of(
                "template-widths-scaled",
                "the column widths of the table " + table + " add up to " + sum + " %; each "
                        + "is scaled so that they make 100 % (in the HTML, the PDF and the DOCX alike); expected widths that add "
                        + "up to 100 %",
                "表格“" + table + "”的列宽合计 " + sum + "%；各列已按比例缩放至合计 100%（HTML、PDF 和 DOCX " + "相同）；列宽合计应为 100%");
    }

    static Message unknownBuiltIn(String builtIn, String suggestion) {
        return of(
                "template-unknown-built-in",
                "template syntax error: ?" + builtIn + " is not one of FreeMarker's "
                        + "built-ins; "
                        + (suggestion == null
                                ? "expected a built-in listed in FreeMarker's manual"
                                : "did you mean ?" + suggestion + "?"),
                "模板语法错误：?" + builtIn + " 不是 FreeMarker 的内建函数；"
                        + (suggestion == null ? "应为 FreeMarker 手册中列出的内建函数" : "是否应为 ?" + suggestion + "？"));
    }

    static Message syntax(String what, boolean word) {
        return of(
                "template-syntax",
                "template syntax error: " + what + "; " + expectedSyntax(word),
                "模板语法错误（" + what + "）；" + expectedSyntaxZh(word));
    }

    private static String expectedSyntax(boolean word) {
        return word
                ? "expected valid FreeMarker directives such as [#list …] … [/#list]"
                : "expected valid FreeMarker syntax";
    }

    private static String expectedSyntaxZh(boolean word) {
        return word ? "应为有效的 FreeMarker 指令，如 [#list …] … [/#list]" : "应为有效的 FreeMarker 语法";
    }

    // ---- evaluation ---------------------------------------------------------------------------------------------

    static Message missingName(String name) {
        return of(
                "template-missing-name",
                "template error: '" + name + "' is missing (not a name the template sees, " + "or empty here); "
                        + NAMES_EN,
                "模板错误：“" + name + "”不存在（不是模板可用的名称，或此处为空）；" + NAMES_ZH);
    }

    static Message evaluation(String what) {
        return of("template-error", "template error: " + what + "; " + NAMES_EN, "模板错误（" + what + "）；" + NAMES_ZH);
    }

    static Message outputFailed(String reason) {
        return of(
                "template-output",
                "template output failed: " + reason + "; expected the template to finish",
                "模板输出失败（" + reason + "）；模板应能运行完毕");
    }

    static Message tooSlow(String limit) {
        return of(
                "template-time",
                "the template did not finish within " + limit + ", the limit for one report (a loop "
                        + "without end?); expected a template that ends",
                "模板在 " + limit + "（每份报告的时限）内没有运行完毕" + "（是否有无尽的循环？）；模板应能运行结束");
    }

    static Message tooMuchOutput(String limit) {
        return of(
                "template-output-limit",
                "the template wrote more than " + limit + " of text for one report (a loop "
                        + "without end?); expected a report of a sensible size",
                "模板为一份报告写出的文字超过 " + limit + "（是否有无尽的循环？）；报告应为合理的大小");
    }

    static Message recursion() {
        return of(
                "template-recursion",
                "a macro or function calls itself without end; expected calls that end",
                "宏或函数无休止地调用自身；调用应能结束");
    }

    static Message memory() {
        return of(
                "template-memory",
                "the template needs more memory than the run has (a value built without end?); "
                        + "expected a template that ends",
                "模板所需内存超出了运行的限度（是否无休止地构造了一个值？）；模板应能运行结束");
    }

    // ---- the page an HTML template makes ------------------------------------------------------------------------

    static Message unclosedVoid(String element) {
        return of(
                "xhtml-unclosed",
                "the template writes <" + element + "> without closing it; expected XHTML, which the "
                        + "PDF is made from: write <" + element + "/>",
                "模板写了不闭合的 <" + element + ">；应为 XHTML（PDF 由它生成）：" + "请写作 <" + element + "/>");
    }

    static Message htmlEntity(String reference) {
        return of(
                "xhtml-entity",
                "the template writes " + reference + ", an HTML entity that XHTML does not have; "
                        + "expected a character reference such as &#160; or the character itself (XHTML knows only &amp; &lt; "
                        + "&gt; &quot; &apos;)",
                "模板写了 " + reference + "，这是 XHTML 没有的 HTML 实体；应为字符引用（如 &#160;）或"
                        + "字符本身（XHTML 只认 &amp; &lt; &gt; &quot; &apos;）");
    }

    static Message malformed(String reason, int line, String excerpt) {
        return of(
                "xhtml-malformed",
                "the page the template makes is not well-formed XHTML: " + reason + " (line " + line
                        + " of the page: '" + excerpt
                        + "'); expected every element closed (<br/>, <p>…</p>) and no entities but "
                        + "&amp; &lt; &gt; &quot; &apos;",
                "模板生成的页面不是格式正确的 XHTML：" + reason + "（页面第 " + line + " 行：“" + excerpt
                        + "”）；每个元素都应闭合（<br/>、<p>…</p>），实体只能用 &amp; &lt; &gt; &quot; &apos;");
    }

    static Message loadsFromOutside(String reference, String where) {
        return of(
                "xhtml-remote",
                "the template loads '" + reference + "' (" + where + "); expected nothing loaded from "
                        + "outside the document: put an image in as a data: URI, styles in <style>",
                "模板会从文档之外载入“" + reference + "”（" + where + "）；文档不应从外部载入任何内容：图片请用 data: URI 嵌入，样式写在 <style> 中");
    }
}
