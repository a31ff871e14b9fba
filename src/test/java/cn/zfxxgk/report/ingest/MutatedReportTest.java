package cn.zfxxgk.report.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * exactly the expected findings, word for word.
 */
class MutatedReportTest {

    private static final Path PAGE = Path.of("src/test/resources/ingest/cms-balikun-2023.html");
    private static final Charset GBK = Charset.forName("GB18030");
    private static final String SOURCE = "page.html";
    private static final String GBK_NOTICE = SOURCE + ": warning: the page declares no character set; read as GBK, "
            + "the encoding of most older government sites; expected a <meta charset> (check the Chinese text of the "
            + "YAML)";

    private static String page() throws Exception {
        return new String(Files.readAllBytes(PAGE), GBK);
    }

    private static Importer.Result read(String page) {
        return Importer.read(page.getBytes(GBK), SOURCE, SOURCE, new Importer.Options(null, null));
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

    private static String cell(String text) {
        return "<span style=\"font-size:10.5pt\">" + text + "</span>";
    }

    @Test
    void thePageAsPublishedImportsCompletely() throws Exception {
        Importer.Result result = read(page());
        assertEquals(List.of(GBK_NOTICE), findings(result));
        assertEquals(Importer.Outcome.COMPLETE, result.outcome());
        assertTrue(result.yaml().orElseThrow().contains("title:                       # 标题，每行一项\n"
                + "  - 2023年巴里坤县人民政府信息\n  - 公开工作年度报告\n"), "the printed title, not the site's heading");
    }

    @Test
    void aTypoInALabelIsReadAsTheSimilarRowAndReported() throws Exception {
        assertEquals(List.of(GBK_NOTICE, "page.html:73:165: warning: 依申请公开 row '1.属于国家密秘' is read as "
                + "1.属于国家秘密 (similar, not equal); expected the official label '1.属于国家秘密'"),
                findings(mutated(cell("1.属于国家秘密"), cell("1.属于国家密秘"))));
    }

    @Test
    void asciiBracketsAndALabelSplitOverLinesStillMatchExactly() throws Exception {
        assertEquals(List.of(GBK_NOTICE), findings(mutated(cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
                cell("(二)部分公开(区分处理的,只计这一情形,不计其他情形)"))));
        assertEquals(List.of(GBK_NOTICE), findings(mutated(cell("2.其他法律行政法规禁止公开"),
                "<span>2.其他法律行政</span></p><p class=\"MsoNormal\">&nbsp;<span>法规禁止公开</span>")));
    }

    /** The page with value {@code index} (0-based) of the row labelled {@code label} written {@code text}. */
    private static String withValue(String label, int index, String text) throws Exception {
        String page = page();
        int labelAt = page.indexOf(cell(label));
        int rowEnd = page.indexOf("</tr>", labelAt);
        Matcher value = Pattern.compile("<span style=\"font-size:10.5pt\">([^<]*)</span>").matcher(page);
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
        assertEquals(List.of(GBK_NOTICE, "page.html:69:174: warning: 依申请公开 一、本年新收 自然人 '5件' carries the column's unit 件, "
                + "written 5; expected the number alone, the header names the unit"),
                findings(read(withValue("一、本年新收政府信息公开申请数量", 0, "5件"))));
    }

    @Test
    void aThousandsSeparatorIsRemovedAndReported() throws Exception {
        assertEquals(List.of(GBK_NOTICE, "page.html:48:162: warning: 主动公开 行政许可 '2,708' has a thousands separator, "
                + "written 2708; expected digits only"), findings(read(withValue("行政许可", 0, "2,708"))));
    }

    @Test
    void aDashIsNoValueAndIsKeptBlank() throws Exception {
        assertEquals(List.of(GBK_NOTICE, "page.html:72:328: warning: 依申请公开 三、（二）部分公开 商业企业 is '—', not a "
                + "value, kept blank (~); expected a number, 0 or an empty cell"),
                findings(read(withValue("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, "—"))));
    }

    @Test
    void aBlankCellIsKeptBlankAndReported() throws Exception {
        assertEquals(List.of(GBK_NOTICE, "page.html:85:5: warning: 依申请公开 三、（五）不予处理 2.重复申请 科研机构 is blank in "
                + "the published table, kept blank (~: printed blank, counted as 0); expected a number or 0"),
                findings(read(withValue("2.重复申请", 2, "&nbsp;"))));
    }

    @Test
    void aRowThatIsNoRowOfTheFormIsLeftOutAndReported() throws Exception {
        String page = page();
        String carriedOver = cell("四、结转下年度继续办理");
        int rowStart = page.lastIndexOf("<tr>", page.indexOf(carriedOver));
        String extra = "<tr><td colspan=\"3\"><p class=\"MsoNormal\">五、本年度撤回申请</p></td>"
                + "<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>\n";
        assertEquals(List.of(GBK_NOTICE, "page.html:93:5: warning: 依申请公开 row '五、本年度撤回申请' is no row of the "
                + "official table, left out; expected only the rows of the form"),
                findings(read(page.substring(0, rowStart) + extra
                + page.substring(rowStart))));
    }

    @Test
    void aMissingRowIsRecordedAsLostAndTheImportIsIncomplete() throws Exception {
        Importer.Result result = read(withoutRow("二、上年结转政府信息公开申请数量"));
        assertEquals(List.of(GBK_NOTICE, "page.html:61:1: warning: 依申请公开 row 二、上年结转 is not in the published "
                + "table, recorded as 缺失; expected a row labelled '二、上年结转政府信息公开申请数量'"), findings(result));
        assertEquals(Importer.Outcome.INCOMPLETE, result.outcome());
        assertTrue(result.yaml().orElseThrow().contains("  上年结转:             [缺失, 缺失, 缺失, 缺失, 缺失, 缺失, 缺失]"),
                result.yaml().get());
    }
}
