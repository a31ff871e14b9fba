package cn.zfxxgk.report.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.cli.GenerateCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code check --style html} over the four seeds, read back with jsoup: one section per file, one group per rule with
 * the rule's documentation from docs/rules.md, one row per finding with its place, message and the line it points
 * at — the same findings the text output prints; and a report whose text carries markup, which the page shows as text.
 */
class CheckReportTest {

    private static final List<String> SEEDS = List.of(
            "data/balikun-2020.yaml", "data/balikun-2023.yaml", "data/gangcha-2023.yaml", "data/huocheng-2023.yaml");

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine line = GenerateCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        return line.execute(args);
    }

    private Document page(String language, List<String> files) throws IOException {
        Path html = work.resolve("checks.html");
        String[] args = new String[files.size() + 7];
        System.arraycopy(
                new String[] {"--lang", language, "check", "--style", "html", "-o", html.toString()}, 0, args, 0, 7);
        for (int i = 0; i < files.size(); i++) {
            args[7 + i] = files.get(i);
        }
        run(args);
        return Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
    }

    /** The text output's findings: one line each, without the summary line. */
    private List<String> textFindings() {
        out.getBuffer().setLength(0);
        String[] all = new String[SEEDS.size() + 3];
        all[0] = "--lang";
        all[1] = "en";
        all[2] = "check";
        for (int i = 0; i < SEEDS.size(); i++) {
            all[3 + i] = SEEDS.get(i);
        }
        run(all);
        return out.toString().lines().filter(l -> l.startsWith("data/")).toList();
    }

    @Test
    void everyFindingOfEveryFileIsListedUnderItsRule() throws IOException {
        List<String> printed = textFindings();
        Document page = page("en", SEEDS);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Report check results", page.title());
        assertEquals(1, page.select("h1").size());
        assertEquals(
                "4 files: 1 error, 15 warnings, 0 infos",
                page.selectFirst("p.summary").text());
        assertEquals(
                List.of(
                        "data/balikun-2020.yaml",
                        "data/balikun-2023.yaml",
                        "data/gangcha-2023.yaml",
                        "data/huocheng-2023.yaml"),
                page.select("main > section.file > h2").eachText());
        // each row, put back together as the text output prints it, is one of the printed findings, and all are there
        Elements rows = page.select("main > section.file section.rule tbody tr");
        assertEquals(printed.size(), rows.size());
        for (Element row : rows) {
            Element group = row.closest("section.rule");
            String rule = group.selectFirst("h3 code") == null
                    ? ""
                    : " [" + group.selectFirst("h3 code").text() + "]";
            String line = row.selectFirst("th").text() + ": "
                    + row.selectFirst("td").text().replaceFirst(" ", ": ") + rule;
            assertTrue(printed.contains(line), line);
        }
        Element gangcha = page.select("main > section.file").stream()
                .filter(s -> s.selectFirst("h2").text().equals("data/gangcha-2023.yaml"))
                .findFirst()
                .orElseThrow();
        Element fee = gangcha.selectFirst("section.rule");
        assertEquals("error FEE-SEC6 (1 finding)", fee.selectFirst("h3").text());
        assertEquals(
                "2021 format: 六 states the 信息处理费 (cases and amount, or plainly that none was charged); with "
                        + "information_fee: it agrees with it (charged or not, the amount in 元, the cases). docs/rules.md",
                fee.selectFirst("p.doc").text());
        assertEquals("#rule-FEE-SEC6", fee.selectFirst("p.doc a").attr("href"));
        assertEquals(1, page.select("dt#rule-FEE-SEC6").size());
        assertEquals(
                List.of(
                        "data/gangcha-2023.yaml:32:14",
                        "error section 六 does not state the 信息处理费 (it says "
                                + "'无。'); expected the cases and amount charged, or e.g. '本年度未收取信息处理费。' (国办公开办函〔2021〕30号 "
                                + "一（六）)",
                        "六、其他需要报告的事项"),
                fee.select("tbody td, tbody th").eachText());
        // huocheng: the rules in the order of docs/rules.md, then the data's own checks
        Element huocheng = page.select("main > section.file").get(3);
        assertEquals(
                List.of(
                        "warning FMT-HEADING-NUMBERS (4 findings)",
                        "warning CONT-SEC5-QUALITY (1 finding)",
                        "warning FMT-TITLE (1 finding)",
                        "warning The YAML, the official form and the 勾稽 rules (1 finding)"),
                huocheng.select("section.rule h3").eachText());
    }

    @Test
    void theChinesePageSaysTheSameInChinese() throws IOException {
        Document page = page("zh", List.of("data/gangcha-2023.yaml"));
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals("年度报告检查结果", page.title());
        assertEquals("1 个文件：错误 1 个，警告 0 个，提示 0 个", page.selectFirst("p.summary").text());
        assertEquals("错误 FEE-SEC6 (1 项)", page.selectFirst("section.rule h3").text());
        assertEquals(List.of("位置", "问题", "原文"), page.select("thead th").eachText());
    }

    @Test
    void markupInAReportIsShownAsText() throws IOException {
        Path report = work.resolve("r.yaml");
        Files.writeString(
                report,
                Files.readString(Path.of("data/gangcha-2023.yaml"), StandardCharsets.UTF_8)
                        .replace(
                                "  - heading: 六、其他需要报告的事项\n", "  - heading: 六、其他需要报告的事项 <script>alert('&')</script>\n"),
                StandardCharsets.UTF_8);
        String html = Files.readString(pagePath(report), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;&amp;&#39;)&lt;/script&gt;"), html);
        Document page = Jsoup.parse(html);
        assertEquals(0, page.select("script").size());
        assertTrue(
                page.select("q").eachText().contains("六、其他需要报告的事项 <script>alert('&')</script>"),
                page.select("q").eachText().toString());
    }

    private Path pagePath(Path report) {
        Path html = work.resolve("page.html");
        run("--lang", "en", "check", "--style", "html", "-o", html.toString(), report.toString());
        return html;
    }
}
