package cn.zfxxgk.report.graphic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.RealReports;
import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.form.ActiveBlock;
import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.form.HeaderCell;
import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.TableKind;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The 图解 read back: its SVG parsed as XML, every number ({@code <text data-role="figure">}, its lines joined) found
 * again in the table cells its {@code data-cells} names, read here from the report's tables and the official form
 * (not through the graphic's own code); no other text carries a number but a year; nothing is drawn outside the page;
 * last year's numbers are last year's cells.
 */
class GraphicTest {

    @TempDir
    Path work;

    static Stream<Path> reports() {
        return RealReports.all().stream();
    }

    private static Report load(Path file) {
        ReportLoader.Loaded loaded = new ReportLoader(false).load(file, file.toString());
        return loaded.report().orElseThrow(() -> new AssertionError(file + ": " + loaded.problems()));
    }

    /** The texts of the SVG with {@code role}, by the value of {@code key}, lines of one number joined. */
    private static Map<String, String> texts(Document svg, String role, String key) {
        Map<String, String> found = new LinkedHashMap<>();
        NodeList texts = svg.getElementsByTagNameNS(GraphicSvg.NAMESPACE, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (text.getAttribute("data-role").equals(role)) {
                found.merge(text.getAttribute(key), text.getTextContent(), String::concat);
            }
        }
        return found;
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** What the graphic must print for {@code references} in {@code report}: the cell's text, or the cells' sum. */
    private static String expected(Report report, String references) {
        List<Cell> cells = new ArrayList<>();
        for (String reference : references.split(" ")) {
            String[] parts = reference.split("\\|");
            TableKind kind = TableKind.byKey(parts[0]);
            cells.add(report.table(kind).orElseThrow().row(parts[1]).get(column(report, kind, parts[1], parts[2])));
        }
        if (cells.stream().anyMatch(Cell::isLost)) {
            return "—";
        }
        if (cells.size() == 1) {
            return cells.get(0).state() == Cell.State.BLANK ? "0" : cells.get(0).text();
        }
        return cells.stream()
                .map(Cell::number)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .toPlainString();
    }

    private static int column(Report report, TableKind kind, String row, String column) {
        return switch (kind) {
            case APPLICATIONS -> ApplicationForm.COLUMNS.indexOf(column);
            case REVIEWS -> ReviewForm.COLUMNS.indexOf(column);
            case ACTIVE -> {
                OfficialForm form = OfficialForm.of(report.format());
                RowForm rowForm = form.active().rows().stream()
                        .filter(r -> r.id().equals(row))
                        .findFirst()
                        .orElseThrow();
                ActiveBlock block = form.active().blockOf(rowForm);
                yield block.header().stream()
                        .skip(1)
                        .map(HeaderCell::text)
                        .map(t -> t.replace("\n", ""))
                        .toList()
                        .indexOf(column);
            }
        };
    }

    /** How many numbers the graphic of {@code report} must show: every cell of table 二, 14 of 三, all 15 of 四. */
    private static int figures(Report report) {
        int active = report.table(TableKind.ACTIVE)
                .map(t -> t.rows().values().stream().mapToInt(List::size).sum())
                .orElse(0);
        int applications = report.table(TableKind.APPLICATIONS).isPresent() ? 3 + 6 + 6 + 1 : 0;
        int reviews = report.table(TableKind.REVIEWS).isPresent() ? 15 : 0;
        return active + applications + reviews;
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyNumberIsTheTablesNumber(Path file) throws Exception {
        Report report = load(file);
        Document svg = parse(GraphicSvg.inline(Graphic.of(report, Optional.empty()), "\"WenQuanYi Zen Hei\""));
        Map<String, String> figures = texts(svg, "figure", "data-cells");
        assertEquals(figures(report), figures.size(), file + ": " + figures.keySet());
        figures.forEach((cells, text) -> assertEquals(expected(report, cells), text, file + " " + cells));
        NodeList texts = svg.getElementsByTagNameNS(GraphicSvg.NAMESPACE, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (!text.getAttribute("data-role").equals("figure")) {
                assertFalse(
                        text.getTextContent().replaceAll("\\d{4}年", "").matches(".*\\d.*"),
                        file + ": a number not from a table: " + text.getTextContent());
            }
            double y = Double.parseDouble(text.getAttribute("y"));
            double size = Double.parseDouble(text.getAttribute("font-size"));
            assertTrue(
                    y - size / 2 >= 0 && y + size / 2 <= GraphicSvg.HEIGHT,
                    file + ": off the page: " + text.getTextContent() + " at " + y);
        }
        assertTrue(texts(svg, "last-year", "data-last-year-cells").isEmpty(), "no last year's numbers without it");
    }

    @Test
    void lastYearsNumbersAreLastYearsCells() throws Exception {
        Path lastYear = work.resolve("balikun-2022.yaml");
        Files.writeString(
                lastYear,
                Files.readString(Path.of("data/balikun-2023.yaml"), StandardCharsets.UTF_8)
                        .replace("year: 2023", "year: 2022")
                        .replace("本年新收:         [5, 0, 0, 0, 0, 0, 5]", "本年新收:         [6, 0, 0, 0, 0, 1, 7]")
                        .replace("行政许可: 2708", "行政许可: 2590"),
                StandardCharsets.UTF_8);
        Report previous = load(lastYear);
        Report report = load(Path.of("data/balikun-2023.yaml"));
        Document svg = parse(GraphicSvg.inline(Graphic.of(report, Optional.of(previous)), "\"WenQuanYi Zen Hei\""));
        assertEquals("2022", svg.getDocumentElement().getAttribute("data-last-year"));
        Map<String, String> before = texts(svg, "last-year", "data-last-year-cells");
        assertEquals(figures(report), before.size());
        before.forEach((cells, text) -> assertEquals("上年 " + expected(previous, cells), text, cells));
        assertEquals("上年 2590", before.get("主动公开|行政许可|本年处理决定数量"));
        assertEquals("上年 7", before.get("依申请公开|本年新收|总计"));
        assertEquals("2708", texts(svg, "figure", "data-cells").get("主动公开|行政许可|本年处理决定数量"));
    }

    @Test
    void lastYearInTheOtherFormatIsComparedWhereTheFormsAgree() throws Exception {
        Report report = load(Path.of("data/balikun-2023.yaml"));
        Report previous = load(Path.of("data/balikun-2020.yaml")); // the 2019 format: other table 二 rows
        Document svg = parse(GraphicSvg.inline(Graphic.of(report, Optional.of(previous)), "\"WenQuanYi Zen Hei\""));
        Map<String, String> before = texts(svg, "last-year", "data-last-year-cells");
        before.forEach((cells, text) -> assertEquals("上年 " + expected(previous, cells), text, cells));
        assertEquals("上年 191", before.get("依申请公开|本年新收|总计"));
        assertEquals("上年 0", before.get("依申请公开|其他处理|总计"), "2019's one row against 2021's three");
        assertFalse(before.containsKey("主动公开|规章|本年制发件数"), "no column 本年制发件数 in 2019's table 二");
        assertFalse(before.containsKey("主动公开|行政处罚|本年处理决定数量"), "2019's column is 处理决定数量: not the same");
    }
}
