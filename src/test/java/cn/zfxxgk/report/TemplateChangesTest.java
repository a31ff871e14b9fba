package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.readback.DocxReadback;
import cn.zfxxgk.report.readback.PdfReadback;
import cn.zfxxgk.report.readback.ReadCell;
import cn.zfxxgk.report.template.Templates;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGridCol;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's template changes 2 (a column width) and 3 (a label's wording), made in {@code report.ftlh} as the README
 * says, reach all three formats: the HTML (read with jsoup), the PDF (PDFBox, its tagged table cells) and the DOCX
 * (docx4j), so the formats never disagree; widths that add up to more than 100 % are scaled, with a notice.
 */
class TemplateChangesTest {

    private static final String COLGROUP =
            "<colgroup><#list table.columns as width><col style=\"width: ${width}\"/>" + "</#list></colgroup>";
    /** README.md, "Templates", change 2, verbatim. */
    private static final String WIDER =
            "<colgroup><#list table.columns as width><col style=\"width: <#if table.kind == "
                    + "\"主动公开\" && width?index == 0>40%<#else>${width}</#if>\"/></#list></colgroup>";

    private static final String LABEL = "信息内容（项目）";

    @TempDir
    Path work;

    /** The line of {@code file} that holds {@code text} (1-based). */
    private static int line(Path file, String text) throws java.io.IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    @Test
    void aWiderColumnAndARewordedLabelReachHtmlPdfAndDocx() throws Exception {
        Path templates = work.resolve("templates");
        Templates.export(templates, true, new ArrayList<>());
        Path report = templates.resolve("report.ftlh");
        String template = Files.readString(report);
        assertTrue(
                template.contains(COLGROUP) && template.contains("<#assign labels = {}>"), "README's lines are there");
        Files.writeString(
                report,
                template.replace(COLGROUP, WIDER)
                        .replace("<#assign labels = {}>", "<#assign labels = {\"信息内容\": \"" + LABEL + "\"}>"));
        Path output = work.resolve("out");
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(
                output, EnumSet.of(OutputFormat.HTML, OutputFormat.PDF, OutputFormat.DOCX), false, templates))) {
            ReportEngine.Result result = engine.generate(Path.of("data/gangcha-2023.yaml"), "data/gangcha-2023.yaml");
            assertFalse(result.failed(), result.problems().toString());
            String shown = FileNames.display(report) + ":" + line(report, "<colgroup>") + ":1: ";
            assertEquals(
                    List.of(shown + "warning: the column widths of the table 主动公开 add up to 115 %; each is "
                            + "scaled so that they make 100 % (in the HTML, the PDF and the DOCX alike); expected widths that add "
                            + "up to 100 %"),
                    result.problems().stream().map(Object::toString).toList());
            assertEquals(
                    shown + "警告：表格“主动公开”的列宽合计 115%；各列已按比例缩放至合计 100%（HTML、PDF 和 DOCX 相同）；" + "列宽合计应为 100%",
                    result.problems().get(0).toString(Language.ZH));
        }

        Document html = Jsoup.parse(output.resolve("gangcha-2023.html").toFile());
        Element active = Objects.requireNonNull(html.selectFirst("table.form[data-table=主动公开]"));
        List<Double> percents = active.select("col").stream()
                .map(c -> Double.parseDouble(c.attr("style").replaceAll("[^0-9.]", "")))
                .toList();
        assertEquals(100, percents.stream().mapToDouble(Double::doubleValue).sum(), 0.05, "scaled: " + percents);
        assertEquals(34.78, percents.get(0), "the HTML's first column, 40 % of 115 %: " + percents);
        assertEquals(
                4,
                active.select("td, th").stream()
                        .filter(td -> td.text().equals(LABEL))
                        .count(),
                "HTML labels");

        try (PdfReadback pdf = new PdfReadback(Files.readAllBytes(output.resolve("gangcha-2023.pdf")))) {
            long labels = pdf.tables().stream()
                    .flatMap(List::stream)
                    .flatMap(List::stream)
                    .map(ReadCell::text)
                    .filter(t -> t.replaceAll("\\s", "").equals(LABEL))
                    .count();
            assertEquals(4, labels, "PDF labels");
        }

        DocxReadback docx = new DocxReadback(Files.readAllBytes(output.resolve("gangcha-2023.docx")));
        long labels = docx.tables().stream()
                .flatMap(List::stream)
                .flatMap(List::stream)
                .map(ReadCell::text)
                .filter(LABEL::equals)
                .count();
        assertEquals(4, labels, "DOCX labels");
        Tbl table = docx.pkg().getMainDocumentPart().getContent().stream()
                .map(o -> o instanceof jakarta.xml.bind.JAXBElement<?> e ? e.getValue() : o)
                .filter(Tbl.class::isInstance)
                .map(Tbl.class::cast)
                .findFirst()
                .orElseThrow();
        List<Long> grid = table.getTblGrid().getGridCol().stream()
                .map(TblGridCol::getW)
                .map(BigInteger::longValue)
                .toList();
        long textWidth = grid.stream().mapToLong(Long::longValue).sum();
        assertEquals(11906 - 1588 - 1474, textWidth, "the DOCX table fills the text width: " + grid);
        double whole = percents.stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(
                percents.get(0) / whole * textWidth, grid.get(0), 2, "the DOCX's first column, as the HTML's: " + grid);
        for (int i = 1; i < grid.size(); i++) {
            assertEquals(percents.get(i) / whole * textWidth, grid.get(i), 2, "column " + i + ": " + grid);
        }
    }
}
