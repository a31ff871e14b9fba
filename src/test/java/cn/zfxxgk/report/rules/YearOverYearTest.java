package cn.zfxxgk.report.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules between years on two consecutive years of one agency: excerpts of the real reports of 宿迁市人民政府办公室
 * for 2023 and 2024 (src/test/resources/reports/yoy, the preamble and the start of 一 each; the 2024 file names the
 * 2023 one under {@code previous:}). The real 2024 text shares whole phrases with 2023's but no sentence, and is not
 * flagged; the 2024 report with last year's 一 copied and only the year changed — 年年雷同 — is, the sentence quoted.
 */
class YearOverYearTest {

    private static final Path YOY = Path.of("src/test/resources/reports/yoy");

    @TempDir
    Path work;

    private String thisYear;
    private String lastYear;

    @BeforeEach
    void copy() throws IOException {
        lastYear = Files.readString(YOY.resolve("suqian-zfb-2023.yaml"), StandardCharsets.UTF_8);
        thisYear = Files.readString(YOY.resolve("suqian-zfb-2024.yaml"), StandardCharsets.UTF_8);
        Files.writeString(work.resolve("suqian-zfb-2023.yaml"), lastYear, StandardCharsets.UTF_8);
    }

    private List<String> betweenYears(String yaml, Language language) throws IOException {
        Path file = work.resolve("suqian-zfb-2024.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        List<Problem> problems = new ReportChecker(false, RuleSettings.none(), null).check(file, "2024.yaml");
        assertEquals(
                List.of(),
                problems.stream().filter(p -> !p.file().equals("2024.yaml")).toList(),
                "last year's report loads");
        return problems.stream()
                .filter(p -> p.code().equals("CONT-DUP-YOY") || p.code().equals("DATA-CROSSYEAR-CARRY"))
                .map(p -> p.toString(language))
                .toList();
    }

    /** The first paragraph of 一 in a report file. */
    private static String overview(String yaml) {
        int start = yaml.indexOf("    text: |\n") + "    text: |\n".length();
        return yaml.substring(start, yaml.indexOf('\n', start)).strip();
    }

    /** The whole text of 一 in a report file, as its lines. */
    private static String overviewLines(String yaml) {
        int start = yaml.indexOf("    text: |\n") + "    text: |\n".length();
        return yaml.substring(start, yaml.indexOf("signature:", start));
    }

    @Test
    void theRealConsecutiveYearsShareWordsButNoSentence() throws IOException {
        assertEquals(List.of(), betweenYears(thisYear, Language.EN));
        String now = overview(thisYear);
        String before = overview(lastYear);
        assertTrue(
                now.contains("以巩固和扩大应用政府信息公开标准化国家级试点成果为抓手") && before.contains("以巩固和扩大应用政府信息公开标准化国家级试点成果为抓手"),
                "a phrase both years use");
        assertEquals(List.of(), RepetitionRule.repeated(now, before));
    }

    @Test
    void lastYearsOverviewWithOnlyTheYearChangedIsFlaggedAndQuoted() throws IOException {
        String copied = thisYear.replace(
                overviewLines(thisYear), overviewLines(lastYear).replace("2023年", "2024年"));
        assertEquals(
                List.of("2024.yaml:15:14: warning: section '一、总体情况' repeats last year's (" + name()
                        + "): 100 % of its character pairs are the same and 1 sentence is identical, e.g. '2024年,市政府办公室认真"
                        + "贯彻落实中央和省、市关于推进新时代政务公开的系列决策部署,坚持人民至上,紧紧围绕市委、市政府中心工作,以巩固和扩大应用政府信息公开"
                        + "标准化国家级试点成果为抓手,致力提高公开质量、夯实公开基础、优化公开质效,更好发挥以公开促落实、强监管作用,以“公开”的实际行动谱写"
                        + "“强富美高”新宿迁现代化建设新篇章。'; expected this year's own account (年年雷同 is criticised) "
                        + "[CONT-DUP-YOY]"),
                betweenYears(copied, Language.EN));
        assertEquals(
                List.of("2024.yaml:15:14: 警告：“一、总体情况”与上年报告（" + name() + "）雷同：字符对重合 100%，1 句完全"
                        + "相同，如“2024年,市政府办公室认真贯彻落实中央和省、市关于推进新时代政务公开的系列决策部署,坚持人民至上,紧紧围绕市委、市政府中心"
                        + "工作,以巩固和扩大应用政府信息公开标准化国家级试点成果为抓手,致力提高公开质量、夯实公开基础、优化公开质效,更好发挥以公开促落实、"
                        + "强监管作用,以“公开”的实际行动谱写“强富美高”新宿迁现代化建设新篇章。”；应写本年度的实际情况（避免年年雷同） [CONT-DUP-YOY]"),
                betweenYears(copied, Language.ZH));
    }

    private String name() {
        return cn.zfxxgk.report.FileNames.display(work.resolve("suqian-zfb-2023.yaml"));
    }
}
