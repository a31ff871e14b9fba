package cn.zfxxgk.report.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.cli.GenerateCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

/**
 * {@code gen sum} over five units of 2023 in the 2021 format — four published reports transcribed (the seeds 巴里坤,
 * 刚察, 霍城 and 沭阳县发展和改革局) and the 沭阳县人民政府 report of 2025 dated 2023 to make a fifth — checked against
 * sums computed here from the files' raw YAML, then rendered to every format; and the refusals.
 */
class SumCommandTest {

    private static final List<String> UNITS = List.of(
            "data/balikun-2023.yaml",
            "data/gangcha-2023.yaml",
            "data/huocheng-2023.yaml",
            "src/test/resources/reports/full/shuyang-fgj-2023.yaml");

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = GenerateCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    private List<String> units() throws IOException {
        Path fifth = work.resolve("shuyang-2023.yaml");
        Files.writeString(
                fifth,
                Files.readString(Path.of("src/test/resources/reports/full/shuyang-2025.yaml"), StandardCharsets.UTF_8)
                        .replace("\nyear: 2025", "\nyear: 2023"),
                StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(UNITS);
        all.add(fifth.toString());
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> raw(Path file) throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Every list of cells under the tables, by its path of keys: 依申请公开/不予公开/属于国家秘密 → [0, 0, …]. */
    @SuppressWarnings("unchecked")
    private static void leaves(String path, Object node, Map<String, List<Object>> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> leaves(path + "/" + k, v, into));
        } else if (node instanceof List<?> list) {
            into.put(path, (List<Object>) list);
        } else {
            into.put(path, java.util.Collections.singletonList(node)); // a row of one cell: 行政许可: 0
        }
    }

    private static Map<String, List<Object>> cells(Path file) throws IOException {
        Map<String, Object> yaml = raw(file);
        Map<String, List<Object>> cells = new LinkedHashMap<>();
        for (String table : List.of("主动公开", "依申请公开", "复议诉讼")) {
            leaves(table, yaml.get(table), cells);
        }
        return cells;
    }

    /** A cell's number as an author wrote it: 15（含失效的8件） is 15, ~ is 0, 缺失 is null. */
    private static BigDecimal number(Object cell) {
        if (cell == null) {
            return BigDecimal.ZERO;
        }
        String text = cell.toString().strip();
        if (text.equals("缺失")) {
            return null;
        }
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("^\\d+(\\.\\d+)?").matcher(text);
        return m.find() ? new BigDecimal(m.group()) : BigDecimal.ZERO;
    }

    @Test
    void fiveUnitsAddUpCellByCellAndTheSumRenders() throws IOException {
        Path summary = work.resolve("汇总.yaml");
        List<String> args =
                new ArrayList<>(List.of("sum", "--agency", "沭阳县人民政府", "--year", "2023", "-o", summary.toString()));
        List<String> units = units();
        args.addAll(units);
        assertEquals(0, run(args.toArray(String[]::new)), err.toString());
        Map<String, List<Object>> summed = cells(summary);
        List<Map<String, List<Object>>> each = new ArrayList<>();
        for (String unit : units) {
            each.add(cells(Path.of(unit)));
        }
        int compared = 0;
        for (var row : summed.entrySet()) {
            for (int i = 0; i < row.getValue().size(); i++) {
                BigDecimal expected = BigDecimal.ZERO;
                boolean everyUnitHasIt = true;
                for (Map<String, List<Object>> unit : each) {
                    List<Object> cells = unit.get(row.getKey());
                    if (cells == null || cells.size() <= i) {
                        everyUnitHasIt = false; // a total the unit left to be computed
                        break;
                    }
                    BigDecimal n = number(cells.get(i));
                    expected = n == null || expected == null ? null : expected.add(n);
                }
                if (everyUnitHasIt) {
                    BigDecimal actual = number(row.getValue().get(i));
                    assertEquals(
                            expected == null ? null : expected.stripTrailingZeros(),
                            actual == null ? null : actual.stripTrailingZeros(),
                            row.getKey() + " column " + (i + 1));
                    compared++;
                }
            }
        }
        assertTrue(compared > 150, "compared " + compared + " cells");
        // three totals read off independently
        assertEquals(List.of(745, 3, 0, 0, 9, 0, 757), summed.get("依申请公开/本年新收"));
        String yaml = Files.readString(summary, StandardCharsets.UTF_8);
        assertTrue(yaml.contains("#   - 主动公开 行政处罚 · 本年处理决定数量：缺失（data/huocheng-2023.yaml 中缺失），请补齐后重新汇总\n"), yaml);
        assertTrue(yaml.contains("#   - 主动公开 行政规范性文件 · 本年废止件数：data/balikun-2023.yaml 写作“15（含失效的8件）”，按 15 计入\n"), yaml);
        // the sum is a report: it checks without 勾稽 warnings and renders to every format
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        run("check", "--rule", "CONT-PLACEHOLDER=off", summary.toString());
        assertEquals(
                "1 file checked: 0 errors, 1 warning\n",
                out.toString().substring(out.toString().indexOf("1 file")));
        assertEquals(0, run("-o", work.resolve("out").toString(), summary.toString()), err.toString());
        for (String ext : List.of("html", "pdf", "docx")) {
            assertTrue(Files.size(work.resolve("out/汇总." + ext)) > 1000, ext);
        }
        assertTrue(Files.readString(work.resolve("out/汇总.html"), StandardCharsets.UTF_8)
                .contains(">757<"));
    }

    @Test
    void aFolderOfUnitsIsSummedAsItsFilesAre() throws IOException {
        Path folder = Files.createDirectory(work.resolve("units"));
        List<String> args = new ArrayList<>(List.of(
                "sum",
                "--agency",
                "某县人民政府",
                "--year",
                "2023",
                "-o",
                work.resolve("by-files.yaml").toString()));
        for (String unit : UNITS) {
            args.add(Files.copy(Path.of(unit), folder.resolve(Path.of(unit).getFileName()))
                    .toString());
        }
        assertEquals(0, run(args.toArray(String[]::new)), err.toString());
        Files.writeString(folder.resolve("gen-rules.yaml"), "FEE-SEC6: off\n"); // the rule settings are no unit
        assertEquals(
                0,
                run(
                        "sum",
                        "--agency",
                        "某县人民政府",
                        "--year",
                        "2023",
                        "-o",
                        work.resolve("by-folder.yaml").toString(),
                        folder.toString()),
                err.toString());
        assertEquals(
                Files.readString(work.resolve("by-files.yaml"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("by-folder.yaml"), StandardCharsets.UTF_8));
    }

    @Test
    void aFolderWithoutReportsIsNamed() throws IOException {
        Path empty = Files.createDirectory(work.resolve("empty"));
        assertEquals(1, run("sum", "--agency", "某县人民政府", "--year", "2023", empty.toString()));
        assertEquals(
                FileNames.display(empty) + ": error: no report files (.yaml, .yml) in this directory; expected "
                        + "report files such as data/balikun-2023.yaml, or a directory that holds them\n",
                err.toString());
    }

    @Test
    void unitsOfAnotherYearOrFormatAreRefused() {
        assertEquals(
                1,
                run(
                        "sum",
                        "--agency",
                        "巴里坤县人民政府",
                        "--year",
                        "2023",
                        "data/balikun-2023.yaml",
                        "data/balikun-2020.yaml"));
        assertEquals(
                "data/balikun-2020.yaml:7:9: error: this unit's report is on 2020; expected 2023 like the 汇总\n"
                        + "data/balikun-2023.yaml: error: the units use different formats (2019: data/balikun-2020.yaml; 2021: "
                        + "data/balikun-2023.yaml); expected one format for all units, since a 汇总 adds like cells\n",
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(
                1,
                run(
                        "--lang",
                        "zh",
                        "sum",
                        "--agency",
                        "巴里坤县人民政府",
                        "--year",
                        "2023",
                        "data/balikun-2023.yaml",
                        "data/balikun-2020.yaml"));
        assertEquals(
                "data/balikun-2020.yaml:7:9: 错误：本单位报告的年度是 2020；应与汇总报告一致，为 2023\n"
                        + "data/balikun-2023.yaml: 错误：各单位报告的表格格式不同（2019: data/balikun-2020.yaml；2021: "
                        + "data/balikun-2023.yaml）；汇总要求所有单位使用同一格式\n",
                err.toString());
        assertEquals("data/balikun-2023.yaml", FileNames.display(Path.of("data/balikun-2023.yaml")));
    }
}
