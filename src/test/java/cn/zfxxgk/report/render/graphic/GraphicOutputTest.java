package cn.zfxxgk.report.render.graphic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.Seeds;
import cn.zfxxgk.report.cli.GenerateCommand;
import cn.zfxxgk.report.graphic.GraphicSvg;
import cn.zfxxgk.report.template.Templates;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import picocli.CommandLine;

/**
 * The 图解 where it is written: in the HTML as inline SVG and in the PDF as a page of its own when the template's
 * {@code showGraphic} is on (and nowhere when it is off, the default); as {@code NAME.graphic.svg} with
 * {@code -d graphic}. The PDF's page is read back with PDFBox: its text holds every number of the SVG, in embedded
 * fonts, with no glyph lost.
 */
class GraphicOutputTest {

    @TempDir
    Path work;

    /** The numbers of a graphic's SVG, each its lines joined, in drawing order. */
    private static List<String> figures(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList texts = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)))
                .getElementsByTagNameNS(GraphicSvg.NAMESPACE, "text");
        List<String> figures = new ArrayList<>();
        String last = null;
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (text.getAttribute("data-role").equals("figure")) {
                String cells = text.getAttribute("data-cells");
                if (cells.equals(last)) {
                    figures.set(figures.size() - 1, figures.get(figures.size() - 1) + text.getTextContent());
                } else {
                    figures.add(text.getTextContent());
                }
                last = cells;
            }
        }
        return figures;
    }

    private static String svgOf(String html) {
        int start = html.indexOf(GraphicSvg.START);
        return html.substring(start, html.indexOf("</svg>", start) + "</svg>".length());
    }

    private Path templates(boolean show) throws Exception {
        Path templates = work.resolve("templates");
        Templates.export(templates, true, new ArrayList<>());
        Path report = templates.resolve("report.ftlh");
        String template = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(template.contains("<#assign showGraphic = false>"), "the switch README names is there");
        Files.writeString(
                report,
                template.replace("<#assign showGraphic = false>", "<#assign showGraphic = " + show + ">"),
                StandardCharsets.UTF_8);
        return templates;
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void theHtmlShowsItAndThePdfPrintsItAsAPageWithEveryNumber(Seeds seed) throws Exception {
        Path output = work.resolve("out");
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(
                output, EnumSet.of(OutputFormat.HTML, OutputFormat.PDF), false, templates(true)))) {
            ReportEngine.Result result =
                    engine.generate(seed.data(), seed.data().toString());
            assertFalse(result.failed(), result.problems().toString());
        }
        String html = Files.readString(output.resolve(seed.id() + ".html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<div class=\"graphic\">" + GraphicSvg.START), "the HTML holds the SVG inline");
        List<String> figures = figures(svgOf(html));
        assertFalse(figures.isEmpty());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(output.resolve(seed.id() + ".pdf")))) {
            int last = pdf.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(last);
            stripper.setEndPage(last);
            String page = stripper.getText(pdf).replaceAll("\\s", "");
            assertTrue(page.contains("年政府信息公开工作年度报告图解"), page);
            int at = 0;
            for (String figure : figures) { // in drawing order, as the page's text reads
                int found = page.indexOf(figure.replaceAll("\\s", ""), at);
                assertTrue(found >= 0, seed + ": " + figure + " not on the graphic's page after " + page.substring(at));
                at = found + figure.replaceAll("\\s", "").length();
            }
            assertFalse(page.contains("#"), "no character drawn as #: " + page);
            PDPage graphic = pdf.getPage(last - 1);
            for (COSName name : graphic.getResources().getFontNames()) {
                PDFont font = graphic.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
            }
            try (PDDocument without = Loader.loadPDF(Files.readAllBytes(render(seed, false)))) {
                assertEquals(without.getNumberOfPages() + 1, last, "one page more: the graphic's");
            }
        }
    }

    private Path render(Seeds seed, boolean show) throws Exception {
        Path output = work.resolve("default");
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(
                output, EnumSet.of(OutputFormat.HTML, OutputFormat.PDF), false, templates(show)))) {
            assertFalse(engine.generate(seed.data(), seed.data().toString()).failed());
        }
        assertFalse(
                Files.readString(output.resolve(seed.id() + ".html"), StandardCharsets.UTF_8)
                        .contains(GraphicSvg.START),
                "off by default");
        return output.resolve(seed.id() + ".pdf");
    }

    @Test
    void dashDGraphicWritesTheSvgFileAndSaysWhenLastYearCannotBeRead() throws Exception {
        Path report = work.resolve("balikun-2023.yaml");
        Files.writeString(
                report,
                Files.readString(Path.of("data/balikun-2023.yaml"), StandardCharsets.UTF_8)
                        .replace("year: 2023\n", "year: 2023\nprevious: balikun-2022.yaml\n"),
                StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = GenerateCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        Path output = work.resolve("svg");
        assertEquals(
                0,
                line.execute("--lang", "en", "-d", "graphic", "-o", output.toString(), report.toString()),
                err.toString());
        String shown = FileNames.display(report);
        String previous = FileNames.display(work.resolve("balikun-2022.yaml"));
        assertEquals(
                shown + ":11:11: warning: last year's report " + previous + " cannot be read, so the 图解 shows "
                        + "this year's numbers alone; expected a report file that 'gen check " + previous
                        + "' passes\n",
                err.toString());
        Path svg = output.resolve("balikun-2023.graphic.svg");
        assertTrue(out.toString().contains(FileNames.display(svg)), out.toString());
        String file = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(file.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + GraphicSvg.START), file);
        assertTrue(file.contains("width=\"210mm\" height=\"297mm\""), "an A4 page");
        assertEquals(List.of("0", "0", "0", "0", "15（含失效的8件）"), figures(file).subList(0, 5));
        assertFalse(file.contains("data-role=\"last-year\""), "no last year's numbers without its report");
    }
}
