package cn.zfxxgk.report.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.Seeds;
import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.problem.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed rendered by the engine to HTML, DOCX and PDF and imported back gives the same data: every cell, paragraph,
 * heading, title line and the signature. The one exception: a 缺失 cell prints blank, so it comes back blank (~) — no
 * format can carry "lost" (balikun-2020's five 法人 cells, huocheng-2023's 行政处罚).
 */
class RoundTripTest {

    @TempDir
    static Path output;

    @BeforeAll
    static void render() throws Exception {
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(output, EnumSet.allOf(OutputFormat.class), false, Path.of("templates")))) {
            for (Seeds seed : Seeds.values()) {
                assertFalse(engine.generate(seed.data(), seed.data().toString()).failed(), seed.id());
            }
        }
    }

    static List<Arguments> documents() {
        List<Arguments> all = new ArrayList<>();
        for (Seeds seed : Seeds.values()) {
            for (String format : List.of("html", "docx", "pdf")) {
                all.add(Arguments.of(seed, format));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("documents")
    void importsBackTheSameData(Seeds seed, String format) throws Exception {
        Report original = load(Files.readAllBytes(seed.data()), seed.id());
        Path document = output.resolve(seed.id() + "." + format);
        // the agency is not in 霍城's title (霍城县2023年…): the user names it, as the import asks
        Importer.Result result = Importer.read(
                Files.readAllBytes(document),
                document.getFileName().toString(),
                document.getFileName().toString(),
                new Importer.Options(
                        seed == Seeds.HUOCHENG_2023 ? original.agency().value() : null, null, Language.ZH));
        Report imported = load(
                result.yaml()
                        .orElseThrow(() -> new AssertionError(result.findings().toString()))
                        .getBytes(StandardCharsets.UTF_8),
                seed.id() + " imported");
        assertEquals(dump(original), dump(imported));
    }

    @Test
    void aFindingInADocxIsPlacedByTableRowAndCellInBothLanguages() throws Exception {
        // huocheng-2023's 行政处罚 is 缺失 in its YAML: it prints blank, so the import finds a blank cell
        Path document = output.resolve(Seeds.HUOCHENG_2023.id() + ".docx");
        Importer.Result result = Importer.read(
                Files.readAllBytes(document),
                "huocheng-2023.docx",
                "huocheng-2023.docx",
                new Importer.Options("霍城县人民政府", null, Language.EN));
        assertEquals(
                List.of("huocheng-2023.docx:table 1, row 10, cell 1: warning: 主动公开 行政处罚 is blank in the "
                        + "published table, kept blank (~: printed blank, counted as 0); expected a number or 0"),
                result.findings().stream().map(Finding::toString).toList());
        assertEquals(
                List.of("huocheng-2023.docx:第 1 个表格第 10 行第 1 格: 警告：主动公开 行政处罚在原表中是空白，按空白（~）" + "导入（印为空白，按 0 计）；应为数字或 0"),
                result.findings().stream().map(f -> f.toString(Language.ZH)).toList());
    }

    private static Report load(byte[] yaml, String name) {
        ReportLoader.Loaded loaded = new ReportLoader(false).load(yaml, name);
        assertFalse(loaded.failed(), loaded.problems().toString());
        return loaded.report().orElseThrow();
    }

    /** The report as reviewable text; a lost cell is written as a blank one (the formats print both blank). */
    static String dump(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("format ").append(report.format()).append('\n');
        out.append("agency ")
                .append(report.agency().value())
                .append(" year ")
                .append(report.year())
                .append('\n');
        report.title().forEach(t -> out.append("title ").append(t.value()).append('\n'));
        report.preamble().forEach(t -> out.append("preamble ").append(t.value()).append('\n'));
        for (Section section : report.sections()) {
            out.append("section ")
                    .append(section.heading().value())
                    .append(" table ")
                    .append(section.table())
                    .append('\n');
            for (Text p : section.paragraphs()) {
                out.append("  ").append(p.value()).append('\n');
            }
        }
        report.tables().values().stream()
                .sorted((a, b) -> a.kind().compareTo(b.kind()))
                .forEach(table -> table.rows()
                        .forEach((row, cells) -> out.append(table.kind().key())
                                .append(' ')
                                .append(row)
                                .append(' ')
                                .append(cells.stream().map(RoundTripTest::cell).toList())
                                .append('\n')));
        report.signatureBlock()
                .ifPresent(s -> out.append("signature ")
                        .append(s.agency() == null ? "" : s.agency().value())
                        .append(' ')
                        .append(s.date())
                        .append(" own page ")
                        .append(s.ownPage())
                        .append('\n'));
        return out.toString();
    }

    private static String cell(Cell cell) {
        return switch (cell.state()) {
            case BLANK, LOST -> "~";
            default -> cell.text();
        };
    }
}
