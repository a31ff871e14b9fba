package cn.zfxxgk.report.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.problem.Language;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One published page (巴里坤县 2023, inside a site's chrome, GBK without a charset declaration, table 二 on a 5-column
 * grid, MsoNormal paragraphs with &nbsp; runs) changed one way at a time as real pages differ: each change gives
 * exactly the expected findings, word for word in English and in Chinese.
 */
class MutatedReportTest {

    private static final Path PAGE = Path.of("src/test/resources/ingest/cms-balikun-2023.html");
    private static final Charset GBK = Charset.forName("GB18030");
    private static final String SOURCE = "page.html";
    private static final String GBK_NOTICE = SOURCE + ": warning: the page declares no character set; read as GBK, "
            + "the encoding of most older government sites; expected a <meta charset> (check the Chinese text of the "
            + "YAML)";
    private static final String GBK_NOTICE_ZH =
            SOURCE + ": 警告：网页没有声明字符集，已按 GBK（多数较早的政府网站所用的编码）" + "读取；网页应有 <meta charset>（请核对 YAML 中的中文有无乱码）";

    private static String page() throws Exception {
        return new String(Files.readAllBytes(PAGE), GBK);
    }

    private static Importer.Result read(String page) {
        return read(page, Language.EN);
    }

    private static Importer.Result read(String page, Language language) {
        return Importer.read(page.getBytes(GBK), SOURCE, SOURCE, new Importer.Options(null, null, language));
    }

    /** The findings after replacing the cell text {@code from} (which must occur once) by {@code to}. */
    private static Importer.Result mutated(String from, String to) throws Exception {
        String page = page();
        assertEquals(page.indexOf(from), page.lastIndexOf(from), from + " occurs once");
        assertTrue(page.contains(from), from);
        return read(page.replace(from, to));
    }

    private static List<String> findings(Importer.Result result) {
        return result.findings().stream().map(Finding::toString).toList();
    }

    /** The findings as {@code gen import --lang zh} prints them. */
    private static List<String> chinese(Importer.Result result) {
        return result.findings().stream().map(f -> f.toString(Language.ZH)).toList();
    }

    private static List<String> codes(Importer.Result result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    /** The findings of {@code result}, word for word in both languages, and their codes. */
    private static void assertFindings(
            Importer.Result result, List<String> codes, List<String> english, List<String> chinese) {
        assertEquals(english, findings(result));
        assertEquals(chinese, chinese(result));
        assertEquals(codes, codes(result));
    }

    private static String cell(String text) {
        return "<span style=\"font-size:10.5pt\">" + text + "</span>";
    }

    @Test
    void thePageAsPublishedImportsCompletely() throws Exception {
        Importer.Result result = read(page());
        assertFindings(result, List.of("import-gbk-guessed"), List.of(GBK_NOTICE), List.of(GBK_NOTICE_ZH));
        assertEquals(Importer.Outcome.COMPLETE, result.outcome());
        assertTrue(
                result.yaml()
                        .orElseThrow()
                        .contains("title:                       # 标题，每行一项\n" + "  - 2023年巴里坤县人民政府信息\n  - 公开工作年度报告\n"),
                "the printed title, not the site's heading");
    }

    @Test
    void aTypoInALabelIsReadAsTheSimilarRowAndReported() throws Exception {
        assertFindings(
                mutated(cell("1.属于国家秘密"), cell("1.属于国家密秘")),
                List.of("import-gbk-guessed", "import-similar-row"),
                List.of(
                        GBK_NOTICE,
                        "page.html:73:165: warning: 依申请公开 row '1.属于国家密秘' is read as 1.属于国家秘密 "
                                + "(similar, not equal); expected the official label '1.属于国家秘密'"),
                List.of(
                        GBK_NOTICE_ZH,
                        "page.html:73:165: 警告：依申请公开中的“1.属于国家密秘”一行按“1.属于国家秘密”读取（相近但" + "不相同）；应为官方名称“1.属于国家秘密”"));
    }

    @Test
    void asciiBracketsAndALabelSplitOverLinesStillMatchExactly() throws Exception {
        assertFindings(
                mutated(cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), cell("(二)部分公开(区分处理的,只计这一情形,不计其他情形)")),
                List.of("import-gbk-guessed"),
                List.of(GBK_NOTICE),
                List.of(GBK_NOTICE_ZH));
        assertFindings(
                mutated(
                        cell("2.其他法律行政法规禁止公开"),
                        "<span>2.其他法律行政</span></p><p class=\"MsoNormal\">&nbsp;<span>法规禁止公开</span>"),
                List.of("import-gbk-guessed"),
                List.of(GBK_NOTICE),
                List.of(GBK_NOTICE_ZH));
    }

    /** The page with value {@code index} (0-based) of the row labelled {@code label} written {@code text}. */
    private static String withValue(String label, int index, String text) throws Exception {
        String page = page();
        int labelAt = page.indexOf(cell(label));
        int rowEnd = page.indexOf("</tr>", labelAt);
        Matcher value = Pattern.compile("<span style=\"font-size:10.5pt\">([^<]*)</span>")
                .matcher(page);
        value.region(labelAt + cell(label).length(), rowEnd);
        for (int i = 0; i <= index; i++) {
            assertTrue(value.find(), label + " has a value " + index);
        }
        return page.substring(0, value.start(1)) + text + page.substring(value.end(1));
    }

    /** The page without the table row labelled {@code label}. */
    private static String withoutRow(String label) throws Exception {
        String page = page();
        int labelAt = page.indexOf(cell(label));
        int rowStart = page.lastIndexOf("<tr>", labelAt);
        int rowEnd = page.indexOf("</tr>", labelAt) + "</tr>".length();
        return page.substring(0, rowStart) + page.substring(rowEnd);
    }

    @Test
    void aUnitTheColumnNamesIsDroppedAndReported() throws Exception {
        assertFindings(
                read(withValue("一、本年新收政府信息公开申请数量", 0, "5件")),
                List.of("import-gbk-guessed", "import-cell-unit"),
                List.of(
                        GBK_NOTICE,
                        "page.html:69:174: warning: 依申请公开 一、本年新收 自然人 '5件' carries the column's "
                                + "unit 件, written 5; expected the number alone, the header names the unit"),
                List.of(
                        GBK_NOTICE_ZH,
                        "page.html:69:174: 警告：依申请公开 一、本年新收 自然人“5件”带有栏目标题中已有的单位“件”，" + "写为 5；应只写数字，单位见栏目标题"));
    }

    @Test
    void aThousandsSeparatorIsRemovedAndReported() throws Exception {
        assertFindings(
                read(withValue("行政许可", 0, "2,708")),
                List.of("import-gbk-guessed", "import-cell-separator"),
                List.of(
                        GBK_NOTICE,
                        "page.html:48:162: warning: 主动公开 行政许可 '2,708' has a thousands separator, "
                                + "written 2708; expected digits only"),
                List.of(GBK_NOTICE_ZH, "page.html:48:162: 警告：主动公开 行政许可“2,708”带有千位分隔符，写为 2708；应只写数字"));
    }

    @Test
    void aDashIsNoValueAndIsKeptBlank() throws Exception {
        assertFindings(
                read(withValue("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, "—")),
                List.of("import-gbk-guessed", "import-cell-dash"),
                List.of(
                        GBK_NOTICE,
                        "page.html:72:328: warning: 依申请公开 三、（二）部分公开 商业企业 is '—', not a value, "
                                + "kept blank (~); expected a number, 0 or an empty cell"),
                List.of(
                        GBK_NOTICE_ZH,
                        "page.html:72:328: 警告：依申请公开 三、（二）部分公开 商业企业为“—”，不是数值，按空白（~）" + "导入；应为数字、0 或空白单元格"));
    }

    @Test
    void aBlankCellIsKeptBlankAndReported() throws Exception {
        assertFindings(
                read(withValue("2.重复申请", 2, "&nbsp;")),
                List.of("import-gbk-guessed", "import-cell-blank"),
                List.of(
                        GBK_NOTICE,
                        "page.html:85:5: warning: 依申请公开 三、（五）不予处理 2.重复申请 科研机构 is blank in "
                                + "the published table, kept blank (~: printed blank, counted as 0); expected a number or 0"),
                List.of(
                        GBK_NOTICE_ZH,
                        "page.html:85:5: 警告：依申请公开 三、（五）不予处理 2.重复申请 科研机构在原表中是空白，" + "按空白（~）导入（印为空白，按 0 计）；应为数字或 0"));
    }

    @Test
    void aRowThatIsNoRowOfTheFormIsLeftOutAndReported() throws Exception {
        String page = page();
        String carriedOver = cell("四、结转下年度继续办理");
        int rowStart = page.lastIndexOf("<tr>", page.indexOf(carriedOver));
        String extra = "<tr><td colspan=\"3\"><p class=\"MsoNormal\">五、本年度撤回申请</p></td>"
                + "<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>\n";
        assertFindings(
                read(page.substring(0, rowStart) + extra + page.substring(rowStart)),
                List.of("import-gbk-guessed", "import-unknown-row"),
                List.of(
                        GBK_NOTICE,
                        "page.html:93:5: warning: 依申请公开 row '五、本年度撤回申请' is no row of the "
                                + "official table, left out; expected only the rows of the form"),
                List.of(GBK_NOTICE_ZH, "page.html:93:5: 警告：依申请公开中的“五、本年度撤回申请”一行不是官方表格中的行，未导入；" + "应只有官方格式中的行"));
    }

    @Test
    void aMissingRowIsRecordedAsLostAndTheImportIsIncomplete() throws Exception {
        Importer.Result result = read(withoutRow("二、上年结转政府信息公开申请数量"));
        assertFindings(
                result,
                List.of("import-gbk-guessed", "import-row-missing"),
                List.of(
                        GBK_NOTICE,
                        "page.html:61:1: warning: 依申请公开 row 二、上年结转 is not in the published table, "
                                + "recorded as 缺失; expected a row labelled '二、上年结转政府信息公开申请数量'"),
                List.of(
                        GBK_NOTICE_ZH,
                        "page.html:61:1: 警告：依申请公开：原表中没有“二、上年结转”一行，记为 缺失；应有名为" + "“二、上年结转政府信息公开申请数量”的一行"));
        assertEquals(Importer.Outcome.INCOMPLETE, result.outcome());
        assertTrue(
                result.yaml().orElseThrow().contains("  上年结转:             [缺失, 缺失, 缺失, 缺失, 缺失, 缺失, 缺失]"),
                result.yaml().get());
    }

    @Test
    void theNotesInTheYamlAreInTheLanguageOfTheCommand() throws Exception {
        String page = withoutRow("二、上年结转政府信息公开申请数量");
        String chinese = read(page, Language.ZH).yaml().orElseThrow();
        assertTrue(
                chinese.startsWith("# yaml-language-server: $schema=report.schema.json\n"
                        + "# 由 gen import 从 page.html 导入。请对照原报告核对，文末列出导入时发现的问题。\n"
                        + "# ~ 表示原表格中的空白格（按 0 计）；缺失 表示原报告没有给出的数值，需要补上。\n"),
                chinese);
        assertTrue(
                chinese.endsWith("\n# 导入时发现的问题（2 条）：\n#   " + GBK_NOTICE_ZH + "\n#   page.html:61:1: 警告："
                        + "依申请公开：原表中没有“二、上年结转”一行，记为 缺失；应有名为“二、上年结转政府信息公开申请数量”的一行\n"),
                chinese);
        String english = read(page, Language.EN).yaml().orElseThrow();
        assertTrue(
                english.startsWith("# yaml-language-server: $schema=report.schema.json\n"
                        + "# Imported by gen import from page.html. Check it against the published report; the problems found "
                        + "while importing are listed at the end.\n# ~ marks a cell blank in the published table (counted as "
                        + "0); 缺失 marks a value the published report does not give, to be filled in.\n"),
                english);
        assertTrue(
                english.endsWith("\n# Problems found while importing (2):\n#   " + GBK_NOTICE + "\n#   page.html:61:1: "
                        + "warning: 依申请公开 row 二、上年结转 is not in the published table, recorded as 缺失; expected a row "
                        + "labelled '二、上年结转政府信息公开申请数量'\n"),
                english);
    }
}
