package cn.zfxxgk.report.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.Seeds;
import cn.zfxxgk.report.readback.HtmlReadback;
import cn.zfxxgk.report.readback.ReadCell;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Renders each seed to HTML and reads it back with jsoup: the tables must have the official grid cell for cell, the
 * published values in the published order, and the prose must be the published prose, line for line.
 */
class SeedHtmlTest {

    @TempDir
    Path output;

    private Document render(Seeds seed) throws IOException {
        ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(output, EnumSet.of(OutputFormat.HTML), false, Path.of("templates")));
        ReportEngine.Result result = engine.generate(seed.data(), seed.data().toString());
        assertFalse(result.failed(), () -> "problems: " + result.problems());
        String html = Files.readString(output.resolve(seed.id() + ".html"), StandardCharsets.UTF_8);
        // The PDF renderer parses this same markup as XML, so it must be well-formed: a strict XML parser (jsoup's XML
        // parser mends what it reads and never fails).
        assertWellFormed(html);
        assertTrue(html.startsWith("<!DOCTYPE html>"), "standalone XHTML document");
        return Jsoup.parse(html);
    }

    /** Fails unless {@code html} is well-formed XML (its DOCTYPE is read, nothing is loaded). */
    static void assertWellFormed(String html) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newSAXParser().parse(new InputSource(new StringReader(html)), new DefaultHandler());
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new AssertionError("not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    @Test
    void theWellFormednessCheckRefusesMalformedMarkup() {
        assertWellFormed("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><br/></body></html>");
        assertThrows(AssertionError.class, () -> assertWellFormed("<!DOCTYPE html><html><body><hr></body></html>"));
        assertThrows(AssertionError.class, () -> assertWellFormed("<!DOCTYPE html><html><body>&nbsp;</body></html>"));
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void tablesHaveTheOfficialGridCellForCell(Seeds seed) throws IOException {
        Document html = render(seed);
        Map<String, String> official = Map.of(
                "主动公开", seed.format() + "-table2.html",
                "依申请公开", seed.format() + "-table3.html",
                "复议诉讼", "table4.html");
        for (Map.Entry<String, String> table : official.entrySet()) {
            Element rendered = html.selectFirst("table[data-table=" + table.getKey() + "]");
            assertTrue(rendered != null, "table " + table.getKey());
            List<List<ReadCell>> actual = HtmlReadback.rows(rendered);
            List<List<ReadCell>> expected = HtmlReadback.rows(
                    Jsoup.parse(Files.readString(Path.of("src/test/resources/official", table.getValue())))
                            .selectFirst("table"));
            assertEquals(expected.size(), actual.size(), table.getKey() + " rows");
            for (int r = 0; r < expected.size(); r++) {
                assertEquals(
                        expected.get(r).size(), actual.get(r).size(), table.getKey() + " row " + (r + 1) + " cells");
                for (int c = 0; c < expected.get(r).size(); c++) {
                    ReadCell want = expected.get(r).get(c);
                    ReadCell got = actual.get(r).get(c);
                    String where = table.getKey() + " row " + (r + 1) + " cell " + (c + 1);
                    assertEquals(want.colspan(), got.colspan(), where + " colspan");
                    assertEquals(want.rowspan(), got.rowspan(), where + " rowspan");
                    if (want.text().equals("#")
                            || want.text().equals("#.##")
                            || want.text().equals("±#")
                            || want.text().equals("amount")) {
                        assertEquals("value", got.role(), where + " is a value cell");
                    } else {
                        assertEquals(want.text(), got.text(), where + " text");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void valuesAreThePublishedValuesInOrder(Seeds seed) throws IOException {
        Document html = render(seed);
        List<String> actual = new ArrayList<>();
        for (Element cell : html.select("table.form td.value")) {
            String text = HtmlReadback.text(cell);
            if (!text.isEmpty()) {
                actual.add(text);
            }
        }
        List<String> expected = new ArrayList<>(seed.valueCells());
        if (seed == Seeds.BALIKUN_2020) {
            // The extraction lost which 法人或其他组织 column holds 62; the data records those cells as 缺失.
            expected.removeIf("62"::equals);
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void proseIsThePublishedProseLineForLine(Seeds seed) throws IOException {
        Document html = render(seed);
        List<String> actual = new ArrayList<>();
        for (Element block : html.select("h1.title, h2.heading, h3, p")) {
            if (block.is("h1")) {
                block.textNodes().forEach(line -> actual.add(line.text().strip()));
            } else {
                actual.add(block.text());
            }
        }
        List<String> expected = new ArrayList<>(seed.proseLines());
        // Page numbers belong to the paged formats; （此页无正文） heads the signature page (checked below).
        expected.removeIf(line -> line.matches("— \\d+ —"));
        boolean noBodyNote = expected.remove("（此页无正文）");
        assertEquals(noBodyNote, actual.remove("（此页无正文）"), "（此页无正文） when the signature has its own page");
        assertEquals(expected, actual);
    }
}
