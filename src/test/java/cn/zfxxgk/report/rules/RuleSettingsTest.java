package cn.zfxxgk.report.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zfxxgk.report.cli.GenerateCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Switching rules off and raising them: per project ({@code gen-rules.yaml} beside the reports), on the command line
 * ({@code --rule}), and per line ({@code # gen: ignore RULE-ID}); and last year's report named by {@code previous:}.
 * All through {@code gen check} on the seed 刚察县人民政府办公室 2023, whose 六 says only 无。 (FEE-SEC6).
 */
class RuleSettingsTest {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(String... args) {
        CommandLine line = GenerateCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return line.execute(all);
    }

    private Path seed(String name, String from, String to) throws IOException {
        Path file = work.resolve(name);
        Files.writeString(
                file,
                Files.readString(Path.of("data/gangcha-2023.yaml"), StandardCharsets.UTF_8)
                        .replace(from, to),
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theSeedFailsOnItsFee() throws IOException {
        Path file = seed("r.yaml", "", "");
        assertEquals(1, check(file.toString()));
        assertEquals("1 file checked: 1 error, 0 warnings\n", out.toString());
    }

    @Test
    void aProjectFileTurnsARuleOffAndRaisesAnother() throws IOException {
        Path file = seed("r.yaml", "  - 2023年度政府信息公开工作年度报告", "  - 2023年度政府信息公开工作报告");
        Files.writeString(work.resolve("gen-rules.yaml"), "# 本目录报告的检查规则\nFEE-SEC6: off\nFMT-TITLE: 错误\n");
        assertEquals(1, check(file.toString()));
        String name = cn.zfxxgk.report.FileNames.display(file);
        assertEquals(
                name + ":9:5: error: title '刚察县人民政府办公室2023年度政府信息公开工作报告' is not in the official form; "
                        + "expected '刚察县人民政府办公室2023年政府信息公开工作年度报告' [FMT-TITLE]\n",
                err.toString());
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        // the command line wins over the file
        assertEquals(0, check("--rule", "FMT-TITLE=warning", file.toString()));
        assertEquals("", err.toString());
        assertEquals(
                name + ":9:5: warning: title '刚察县人民政府办公室2023年度政府信息公开工作报告' is not in the official form; "
                        + "expected '刚察县人民政府办公室2023年政府信息公开工作年度报告' [FMT-TITLE]\n"
                        + "1 file checked: 0 errors, 1 warning\n",
                out.toString());
    }

    @Test
    void aFolderIsCheckedReportByReportUnderItsSettings() throws IOException {
        Path folder = Files.createDirectory(work.resolve("reports"));
        Files.copy(Path.of("data/gangcha-2023.yaml"), folder.resolve("gangcha-2023.yaml"));
        Files.copy(Path.of("data/gangcha-2023.yaml"), folder.resolve("gangcha-2023-copy.yaml"));
        Files.writeString(folder.resolve("gen-rules.yaml"), "FEE-SEC6: off\n"); // settings, not a report to check
        assertEquals(0, check(folder.toString()), err.toString());
        assertEquals(
                "2 files checked: 0 errors, 0 warnings\n",
                out.toString().substring(out.toString().indexOf("2 files")));
        Path empty = Files.createDirectory(work.resolve("empty"));
        out.getBuffer().setLength(0);
        assertEquals(1, check(empty.toString()));
        assertEquals(
                cn.zfxxgk.report.FileNames.display(empty) + ": error: no report files (.yaml, .yml) in this "
                        + "directory; expected report files such as data/balikun-2023.yaml, or a directory that holds them\n",
                err.toString());
        assertEquals("0 files checked: 1 error, 0 warnings\n", out.toString());
    }

    @Test
    void aWrongProjectFileIsAnErrorAtItsLine() throws IOException {
        Path file = seed("r.yaml", "", "");
        Files.writeString(work.resolve("gen-rules.yaml"), "FEE-SEC6: off\nFEE-SEC7: off\nFMT-TITLE: loud\n");
        assertEquals(1, check("--lang", "zh", file.toString()));
        String settings = cn.zfxxgk.report.FileNames.display(work.resolve("gen-rules.yaml"));
        assertEquals(
                settings + ":2:1: 错误：没有规则“FEE-SEC7”（是否应为 FEE-SEC6？）；应为 docs/rules.md 中的规则编号，如 "
                        + "CONT-SECTIONS\n" + settings + ":3:1: 错误：规则 FMT-TITLE 的设置“loud”无效；应为 off、info、warning 或 "
                        + "error（关闭、提示、警告、错误）\n",
                err.toString());
    }

    @Test
    void anUnknownRuleOnTheCommandLineIsAUsageError() throws IOException {
        Path file = seed("r.yaml", "", "");
        assertEquals(2, check("--rule", "FEE-SIX=off", file.toString()));
        assertEquals(
                "--rule: error: no rule 'FEE-SIX' (did you mean FEE-SEC6?); expected a rule id of docs/rules.md, "
                        + "e.g. CONT-SECTIONS\n",
                err.toString());
    }

    @Test
    void anIgnoreCommentSilencesItsLineOrItsBlock() throws IOException {
        Path file = seed("r.yaml", "  - heading: 六、其他需要报告的事项\n", "  - heading: 六、其他需要报告的事项  # gen: ignore FEE-SEC6\n");
        assertEquals(0, check(file.toString()), err.toString());
        assertEquals("1 file checked: 0 errors, 0 warnings\n", out.toString());
        out.getBuffer().setLength(0);
        // a comment on a line of its own covers the next line; another rule's id does not
        file = seed(
                "r.yaml",
                "  - heading: 六、其他需要报告的事项\n",
                "  # gen: ignore FMT-TITLE, FEE-SEC6\n" + "  - heading: 六、其他需要报告的事项\n");
        assertEquals(0, check(file.toString()), err.toString());
        file = seed(
                "r.yaml", "  - heading: 六、其他需要报告的事项\n", "  # gen: ignore FMT-TITLE\n" + "  - heading: 六、其他需要报告的事项\n");
        assertEquals(1, check(file.toString()));
        // after a block's | it covers the block: here the '二是' that follows '一是' … '三是'
        String swapped = "三是政策解读精准度";
        file = seed("r.yaml", "二是政策解读精准度", swapped);
        out.getBuffer().setLength(0);
        check("--rule", "FEE-SEC6=off", file.toString());
        assertEquals(
                cn.zfxxgk.report.FileNames.display(file) + ":30:105: warning: '三是' follows '一是'; expected '二是' "
                        + "[CONT-ORDINALS]\n1 file checked: 0 errors, 1 warning\n",
                out.toString());
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "  - heading: 五、存在的主要问题及改进情况\n    text: |\n",
                                "  - heading: 五、存在的主要问题及改进情况\n    text: |  # gen: ignore CONT-ORDINALS\n"));
        out.getBuffer().setLength(0);
        assertEquals(0, check("--rule", "FEE-SEC6=off", file.toString()));
        assertEquals("1 file checked: 0 errors, 0 warnings\n", out.toString());
    }

    @Test
    void aCommentInsideTextIsText() {
        IgnoreDirectives directives = IgnoreDirectives.of(
                java.util.List.of("text: |", "  # gen: ignore FEE-SEC6", "  正文", "title: x  # gen: ignore FMT-TITLE"));
        assertEquals(false, directives.ignores(2, "FEE-SEC6"));
        assertEquals(false, directives.ignores(3, "FEE-SEC6"));
        assertEquals(true, directives.ignores(4, "FMT-TITLE"));
    }

    @Test
    void previousKeyNamesLastYearsReportAndRepetitionIsQuoted() throws IOException {
        seed("r-2022.yaml", "year: 2023", "year: 2022");
        Path file = seed("r-2023.yaml", "year: 2023\n", "year: 2023\nprevious: r-2022.yaml\n");
        assertEquals(0, check("--rule", "FEE-SEC6=off", file.toString()));
        String name = cn.zfxxgk.report.FileNames.display(file);
        String last = cn.zfxxgk.report.FileNames.display(work.resolve("r-2022.yaml"));
        assertEquals(
                name + ":16:14: warning: section '一、总体情况' repeats last year's (" + last + "): 100 % of its "
                        + "character pairs are the same and 15 sentences are identical, e.g. "
                        + "'根据新修订的《中华人民共和国政府信息公开条例》,加大政府信息公开力度,积极推进决策、执行、管理、服务、结果公开。', "
                        + "'全年公开各类政府信息3050条、政务动态信息更新2944条、通知公告206条、文字信息285条、图片信息1014条、时政要闻122条、"
                        + "财政预决算公开173条、专题专栏新增1个、解读信息发布10条。', "
                        + "'同时,为进一步提升少数民族访问网站的体验质量,加大我县少数民族对政府网站的关注度,新开设“藏语专栏”,自开设至今共发布政务信息100余条,"
                        + "藏语视频28条,县政府门户网站成为统一发布政府信息,提供在线服务,与公众互动交流的“一站式”网络平台。'; expected this year's own "
                        + "account (年年雷同 is criticised) [CONT-DUP-YOY]\n",
                out.toString().lines().findFirst().orElse("") + "\n");
    }
}
