package cn.zfxxgk.report.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.Seeds;
import cn.zfxxgk.report.readback.HtmlReadback;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTML as a website publishes it: the language, headings as headings, header cells a screen reader announces with
 * each number, web addresses as links, a viewport for phones, and the fragment a CMS takes. (How it looks and what
 * axe-core finds in Chromium: WebAccessibilityIT.)
 */
class WebHtmlTest {

    @TempDir
    Path output;

    private String html(Seeds seed, Path templates) throws IOException {
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(output, EnumSet.of(OutputFormat.HTML), false, templates), notice -> {})) {
            ReportEngine.Result result =
                    engine.generate(seed.data(), seed.data().toString());
            assertFalse(result.failed(), () -> "problems: " + result.problems());
        }
        return Files.readString(output.resolve(seed.id() + ".html"), StandardCharsets.UTF_8);
    }

    private Document page(Seeds seed) throws IOException {
        String html = html(seed, Path.of("templates"));
        SeedHtmlTest.assertWellFormed(html);
        return Jsoup.parse(html);
    }

    /** The texts of the header cells {@code cell} names, in order. */
    private static List<String> announced(Document page, Element cell) {
        List<String> texts = new ArrayList<>();
        for (String id : cell.attr("headers").split(" ")) {
            Element header = page.getElementById(id);
            assertNotNull(header, "header " + id + " of " + cell);
            assertEquals("th", header.tagName(), id + " is a header cell");
            texts.add(HtmlReadback.text(header));
        }
        return texts;
    }

    @Test
    void aNumberOfTableThreeIsAnnouncedWithItsApplicantAndItsRow() throws IOException {
        Document page = page(Seeds.BALIKUN_2023);
        Element table = page.selectFirst("table[data-table=依申请公开]");
        Element newApplications = table.select("tbody tr").get(0).selectFirst("td.value");
        assertEquals("5", HtmlReadback.text(newApplications));
        assertEquals(List.of("申请人情况", "自然人", "一、本年新收政府信息公开申请数量"), announced(page, newApplications));
        Element secret = table.select("tbody tr").get(4).select("td.value").get(1);
        assertEquals(List.of("申请人情况", "法人或其他组织", "商业企业", "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"), announced(page, secret));
    }

    @Test
    void eachBlockOfTableTwoIsAnnouncedWithItsOwnItemAndHeader() throws IOException {
        Document page = page(Seeds.BALIKUN_2023);
        Element table = page.selectFirst("table[data-table=主动公开]");
        Element coercion = null;
        for (Element th : table.select("th.label")) {
            if (HtmlReadback.text(th).equals("行政强制")) {
                coercion = th.parent().selectFirst("td.value");
            }
        }
        assertNotNull(coercion);
        assertEquals("56", HtmlReadback.text(coercion));
        assertEquals(List.of("第二十条第（六）项", "本年处理决定数量", "行政强制"), announced(page, coercion));
    }

    @Test
    void tableFourIsAnnouncedOnThreeLevels() throws IOException {
        Document page = page(Seeds.BALIKUN_2023);
        Element table = page.selectFirst("table[data-table=复议诉讼]");
        List<Element> values = table.select("td.value");
        assertEquals(List.of("行政复议", "结果维持"), announced(page, values.get(0)));
        assertEquals(List.of("行政诉讼", "复议后起诉", "总计"), announced(page, values.get(14)));
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void everyNumberHasHeadersAndEveryLabelIsAHeaderCell(Seeds seed) throws IOException {
        Document page = page(seed);
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertNotNull(page.selectFirst("head > meta[name=viewport][content=width=device-width, initial-scale=1]"));
        for (Element value : page.select("table.form td.value")) {
            assertFalse(value.attr("headers").isBlank(), () -> "headers of " + value);
            assertFalse(announced(page, value).isEmpty());
        }
        for (Element th : page.select("table.form th")) {
            assertTrue(Arrays.asList("col", "colgroup", "row", "rowgroup").contains(th.attr("scope")), th::toString);
            assertFalse(th.hasClass("value"));
        }
        assertTrue(
                page.select("table.form td.label, table.form td.header, table.form td.item")
                        .isEmpty(),
                "fixed labels are th");
        for (Element scroll : page.select("div.table-scroll")) {
            assertEquals("0", scroll.attr("tabindex"), "a scroll box can be reached from the keyboard");
            assertEquals(
                    scroll.parent().selectFirst("h2.heading").text(),
                    scroll.attr("aria-label"),
                    "a scroll box is named by its section's heading");
        }
    }

    @Test
    void subHeadingsAreHeadingsOfTheThirdLevel() throws IOException {
        Document page = page(Seeds.BALIKUN_2023);
        List<String> subHeadings = page.select("h3.sub-heading").eachText();
        assertTrue(subHeadings.contains("（一）全面落实主动公开工作方面"), subHeadings::toString);
        assertTrue(page.select("p.sub-heading").isEmpty());
        assertEquals(
                page.select("div.section").size(), page.select("h2.heading").size());
    }

    @Test
    void webAddressesAreLinks() throws IOException {
        Document balikun = page(Seeds.BALIKUN_2023);
        Element link = balikun.selectFirst("p.body a.url");
        assertNotNull(link);
        assertEquals("http://www.xjblk.gov.cn/", link.attr("href"));
        assertEquals("http://www.xjblk.gov.cn/", link.text());
        assertTrue(link.parent().text().contains("巴里坤哈萨克自治县人民政府网站（http://www.xjblk.gov.cn/）下载。"));
        Element huocheng = page(Seeds.HUOCHENG_2023).selectFirst("p.body a.url");
        assertEquals("http://www.xjhc.gov.cn", huocheng.attr("href"));
        assertEquals("www.xjhc.gov.cn", huocheng.text());
    }

    @Test
    void addressesEndBeforeTheirSentencesPunctuation() {
        String page = new String(
                WebPage.forWeb("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                        + "<head></head><body><p>见 https://a.gov.cn/x?id=1&amp;b=2. 或(www.b.gov.cn/y)。无地址。</p>"
                        + "<p><a href=\"http://c.gov.cn\">http://c.gov.cn</a></p></body></html>"),
                StandardCharsets.UTF_8);
        SeedHtmlTest.assertWellFormed(page);
        assertTrue(
                page.contains("<p>见 <a class=\"url\" href=\"https://a.gov.cn/x?id=1&amp;b=2\">"
                        + "https://a.gov.cn/x?id=1&amp;b=2</a>. 或(<a class=\"url\" href=\"http://www.b.gov.cn/y\">"
                        + "www.b.gov.cn/y</a>)。无地址。</p>"),
                page);
        assertTrue(page.contains("<p><a href=\"http://c.gov.cn\">http://c.gov.cn</a></p>"), page);
    }

    @Test
    void theFragmentIsTheReportWithItsScreenStyleOnly() throws IOException {
        Path templates = output.resolve("templates");
        Files.createDirectories(templates);
        for (String name : List.of("report.ftlh", "fonts.properties", "report.docx")) {
            Files.copy(Path.of("templates", name), templates.resolve(name));
        }
        Path template = templates.resolve("report.ftlh");
        String source = Files.readString(template, StandardCharsets.UTF_8);
        assertTrue(source.contains("<#assign htmlOutput = \"page\">"));
        Files.writeString(
                template,
                source.replace("<#assign htmlOutput = \"page\">", "<#assign htmlOutput = \"fragment\">"),
                StandardCharsets.UTF_8);
        String fragment = html(Seeds.BALIKUN_2023, templates);
        String whole = html(Seeds.BALIKUN_2023, Path.of("templates"));

        assertTrue(fragment.startsWith("<style media=\"screen\">"), fragment.substring(0, 60));
        assertFalse(
                fragment.contains("<html")
                        || fragment.contains("<head")
                        || fragment.contains("<body")
                        || fragment.contains("@page")
                        || fragment.contains("<!DOCTYPE"),
                "only the report");
        Document pasted = Jsoup.parseBodyFragment(fragment);
        Element report = pasted.selectFirst("body > div.report");
        assertNotNull(report);
        assertEquals("zh-CN", report.attr("lang"));
        Document page = Jsoup.parse(whole);
        assertEquals(page.body().text(), report.text(), "the same report as the page's");
        assertEquals(page.body().select("*").size() - 1, report.select("*").size() - 1, "the same elements");
        assertEquals(3, report.select("table.form").size());
        // every screen rule is under .report, so the CMS page around the fragment keeps its own look
        String css = pasted.selectFirst("style").data();
        for (String rule : css.replaceAll("/\\*.*?\\*/", "").split("}")) {
            String selector = rule.contains("{")
                    ? rule.substring(
                                    rule.lastIndexOf('{')
                                            - rule.substring(0, rule.lastIndexOf('{'))
                                                    .length()
                                            + rule.substring(0, rule.lastIndexOf('{'))
                                                    .lastIndexOf('\n')
                                            + 1,
                                    rule.lastIndexOf('{'))
                            .strip()
                    : "";
            if (!selector.isEmpty() && !selector.startsWith("@media")) {
                for (String part : selector.split(",")) {
                    assertTrue(part.strip().startsWith(".report"), "scoped: " + part);
                }
            }
        }
    }
}
