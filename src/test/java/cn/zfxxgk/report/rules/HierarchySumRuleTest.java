package cn.zfxxgk.report.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.cli.GenerateCommand;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * HIER-SUM on a 汇总 of three real 2023 reports (the seeds 巴里坤, 刚察, 霍城) written by {@code gen sum}, which names
 * them under {@code units:}: as written it passes; with a cell changed, or a unit missing or of another year, it does
 * not, and the messages say which cell and what sum, in both languages.
 */
class HierarchySumRuleTest {

    @TempDir
    Path work;

    private Path summary;

    @BeforeEach
    void sumTheSeeds() throws IOException {
        for (String seed : List.of("balikun-2023", "gangcha-2023", "huocheng-2023")) {
            Files.copy(Path.of("data/" + seed + ".yaml"), work.resolve("units-" + seed + ".yaml"));
        }
        summary = work.resolve("汇总.yaml");
        StringWriter out = new StringWriter();
        CommandLine line = GenerateCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        assertEquals(
                0,
                line.execute(
                        "sum",
                        "--agency",
                        "某县人民政府",
                        "--year",
                        "2023",
                        "-o",
                        summary.toString(),
                        work.resolve("units-balikun-2023.yaml").toString(),
                        work.resolve("units-gangcha-2023.yaml").toString(),
                        work.resolve("units-huocheng-2023.yaml").toString()),
                out.toString());
    }

    private String yaml() throws IOException {
        return Files.readString(summary, StandardCharsets.UTF_8);
    }

    /** The HIER-SUM findings and the errors about units of {@code yaml} (file 汇总.yaml), in {@code language}. */
    private List<String> findings(String yaml, Language language) throws IOException {
        Files.writeString(summary, yaml, StandardCharsets.UTF_8);
        List<Problem> problems = new ReportChecker(false, RuleSettings.none(), null).check(summary, "汇总.yaml");
        return problems.stream()
                .filter(p -> p.code().equals("HIER-SUM") || p.code().startsWith("rule-unit"))
                .map(p -> p.toString(language))
                .toList();
    }

    /** The line (1-based) where {@code text} first stands in {@code yaml}. */
    private static int lineOf(String yaml, String text) {
        return (int) yaml.substring(0, yaml.indexOf(text))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }

    @Test
    void theSumAsWrittenNamesItsUnitsAndPasses() throws IOException {
        String yaml = yaml();
        assertTrue(
                yaml.contains("units:                       # 汇总的下级单位报告，相对本文件\n"
                        + "  - units-balikun-2023.yaml\n  - units-gangcha-2023.yaml\n  - units-huocheng-2023.yaml\n"),
                yaml);
        assertEquals(List.of(), findings(yaml, Language.EN));
    }

    @Test
    void aCellThatIsNotTheSumOfItsUnitsIsNamedWithTheSum() throws IOException {
        String yaml = yaml();
        int at = yaml.indexOf("  本年新收:");
        String written = yaml.substring(at, yaml.indexOf('\n', at));
        // 巴里坤 5 + 刚察 2 + 霍城 7 new applications from 自然人: the 汇总 must say 14
        assertTrue(written.contains("[14, "), written);
        String changed = yaml.replace(written, written.replace("[14, ", "[15, "));
        int line = lineOf(yaml, "  本年新收:");
        int column = written.indexOf("[14") + 2;
        assertEquals(
                List.of("汇总.yaml:" + line + ":" + column + ": warning: 依申请公开 一、本年新收政府信息公开申请数量 · "
                        + "自然人 is 15, but its 3 units add up to 14; expected the sum of the units' cells [HIER-SUM]"),
                findings(changed, Language.EN));
        assertEquals(
                List.of("汇总.yaml:" + line + ":" + column + ": 警告：依申请公开 一、本年新收政府信息公开申请数量 · "
                        + "自然人为 15，但 3 个单位之和为 14；汇总表格的每格应等于各单位之和 [HIER-SUM]"),
                findings(changed, Language.ZH));
    }

    @Test
    void aMissingUnitIsAnErrorAtItsLine() throws IOException {
        String yaml = yaml().replace("  - units-gangcha-2023.yaml\n", "  - units-gangcha-2024.yaml\n");
        int line = lineOf(yaml, "  - units-gangcha-2024");
        String name = cn.zfxxgk.report.FileNames.display(work.resolve("units-gangcha-2024.yaml"));
        assertEquals(
                List.of("汇总.yaml:" + line + ":5: error: unit 'units-gangcha-2024.yaml' not found (" + name
                        + "); expected a report YAML file, relative to this report"),
                findings(yaml, Language.EN));
        assertEquals(
                List.of("汇总.yaml:" + line + ":5: 错误：找不到单位报告“units-gangcha-2024.yaml”（" + name + "）；应为相对本文件的报告 YAML 文件"),
                findings(yaml, Language.ZH));
    }

    @Test
    void aUnitWithErrorsIsAnErrorAtItsLineAndNoSumIsCompared() throws IOException {
        Path unit = work.resolve("units-gangcha-2023.yaml");
        Files.writeString(
                unit,
                Files.readString(unit, StandardCharsets.UTF_8).replace("year: 2023", "year: 二〇二三"),
                StandardCharsets.UTF_8);
        String yaml = yaml().replace("[14, ", "[15, ");
        int line = lineOf(yaml, "  - units-gangcha-2023");
        String name = cn.zfxxgk.report.FileNames.display(unit);
        assertEquals(
                List.of("汇总.yaml:" + line + ":5: error: unit " + name + " has errors (listed with it), so the sums "
                        + "are not checked; expected a unit report that checks without errors"),
                findings(yaml, Language.EN));
        assertEquals(
                List.of("汇总.yaml:" + line + ":5: 错误：单位报告 " + name + " 有错误（见其下所列），未核对汇总数；单位报告应能" + "通过检查"),
                findings(yaml, Language.ZH));
    }

    @Test
    void aUnitOfAnotherYearIsNamedAtItsLine() throws IOException {
        Path unit = work.resolve("units-gangcha-2023.yaml");
        Files.writeString(
                unit,
                Files.readString(unit, StandardCharsets.UTF_8).replace("year: 2023", "year: 2022"),
                StandardCharsets.UTF_8);
        String yaml = yaml();
        int line = lineOf(yaml, "  - units-gangcha-2023");
        assertEquals(
                List.of("汇总.yaml:" + line + ":5: warning: this unit's report is on 2022; expected 2023 like the "
                        + "汇总 [HIER-SUM]"),
                findings(yaml, Language.EN));
        assertEquals(
                List.of("汇总.yaml:" + line + ":5: 警告：本单位报告的年度是 2022；应与汇总报告一致，为 2023 [HIER-SUM]"),
                findings(yaml, Language.ZH));
    }
}
