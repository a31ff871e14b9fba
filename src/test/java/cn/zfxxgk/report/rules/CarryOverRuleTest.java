package cn.zfxxgk.report.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zfxxgk.report.cli.GenerateCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code check --previous} on two consecutive years of one agency: 巴里坤县人民政府 2023 (the seed) and a 2022 report
 * made from it for the test (only the year and the carry-over rows differ; no real 2022 report is stored).
 */
class CarryOverRuleTest {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();

    /** Runs {@code check} with the rules other than carry-over off: the seed breaks some, and last year's copy of it repeats it. */
    private int check(String... args) {
        String[] all = new String[args.length + 8];
        all[0] = args[0];
        String[] off = {"FMT-TITLE", "CONT-GEN-LENGTH", "CONT-SEC5-QUALITY", "CONT-DUP-YOY"};
        for (int i = 0; i < off.length; i++) {
            all[1 + 2 * i] = "--rule";
            all[2 + 2 * i] = off[i] + "=off";
        }
        System.arraycopy(args, 1, all, 9, args.length - 1);
        args = all;
        CommandLine line = GenerateCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        return line.execute(args);
    }

    private Path lastYear(String carriedOver) throws Exception {
        Path file = work.resolve("balikun-2022.yaml");
        String yaml = Files.readString(Path.of("data/balikun-2023.yaml"), StandardCharsets.UTF_8)
                .replace("year: 2023", "year: 2022")
                .replace("本年新收:         [5, 0, 0, 0, 0, 0, 5]", "本年新收:         [6, 0, 0, 0, 0, 1, 7]")
                .replace("结转下年度:       [0, 0, 0, 0, 0, 0, 0]", "结转下年度:       " + carriedOver);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aCorrectCarryOverPasses() throws Exception {
        Path previous = lastYear("[0, 0, 0, 0, 0, 0, 0]");
        assertEquals(0, check("check", "--previous", previous.toString(), "data/balikun-2023.yaml"), out.toString());
        assertEquals("1 file checked: 0 errors, 0 warnings\n", out.toString());
    }

    @Test
    void aBrokenCarryOverIsAWarningWithBothFilesPositions() throws Exception {
        Path previous = lastYear("[1, 0, 0, 0, 0, 1, 2]");
        String name = cn.zfxxgk.report.FileNames.display(previous);
        assertEquals(0, check("check", "--previous", previous.toString(), "data/balikun-2023.yaml"));
        assertEquals(
                "data/balikun-2023.yaml:63:18: warning: 依申请公开 二、上年结转 · 自然人 is 0, but last year's "
                        + "四、结转下年度 · 自然人 is 1 (" + name + ":91:17); expected this year's 二、上年结转 = last year's "
                        + "四、结转下年度继续办理 [DATA-CROSSYEAR-CARRY]\n"
                        + "data/balikun-2023.yaml:63:33: warning: 依申请公开 二、上年结转 · 其他 is 0, but last year's "
                        + "四、结转下年度 · 其他 is 1 (" + name + ":91:32); expected this year's 二、上年结转 = last year's "
                        + "四、结转下年度继续办理 [DATA-CROSSYEAR-CARRY]\n"
                        + "data/balikun-2023.yaml:63:36: warning: 依申请公开 二、上年结转 · 总计 is 0, but last year's "
                        + "四、结转下年度 · 总计 is 2 (" + name + ":91:35); expected this year's 二、上年结转 = last year's "
                        + "四、结转下年度继续办理 [DATA-CROSSYEAR-CARRY]\n"
                        + "1 file checked: 0 errors, 3 warnings\n",
                out.toString());
    }
}
