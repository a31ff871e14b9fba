package cn.zfxxgk.report.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Each reviewers' rule on a real report — the seed 刚察县人民政府办公室 2023, whose 六 is made to state the
 * 信息处理费 so that it passes every rule — and on the same report with one slip a reviewer would criticise, the
 * message asserted in both languages.
 */
class ReportRulesTest {

    private static final String FEE_STATED = "      本年度未收取信息处理费。\n";

    @TempDir
    Path work;

    private String clean;

    @BeforeEach
    void readSeed() throws IOException {
        clean = Files.readString(Path.of("data/gangcha-2023.yaml"), StandardCharsets.UTF_8)
                .replace("      无。\n", FEE_STATED);
    }

    /** The findings of rule {@code id} in {@code yaml} (file r.yaml), as printed in {@code language}. */
    private List<String> findings(String yaml, String id, Language language) throws IOException {
        Path file = work.resolve("r.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        ReportChecker checker = new ReportChecker(false, RuleSettings.none(), null);
        List<Problem> problems = checker.check(file, "r.yaml");
        return problems.stream()
                .filter(p -> p.code().equals(id))
                .map(p -> p.toString(language))
                .toList();
    }

    private void assertFinds(String yaml, String id, String english, String chinese) throws IOException {
        assertEquals(List.of(english), findings(yaml, id, Language.EN));
        assertEquals(List.of(chinese), findings(yaml, id, Language.ZH));
    }

    private void assertClean(String yaml, String id) throws IOException {
        assertEquals(List.of(), findings(yaml, id, Language.EN));
    }

    private String replaced(String from, String to) {
        if (!clean.contains(from)) {
            throw new IllegalArgumentException("not in the seed: " + from);
        }
        return clean.replace(from, to);
    }

    @Test
    void theCleanSeedPassesEveryRule() throws IOException {
        Path file = work.resolve("r.yaml");
        Files.writeString(file, clean, StandardCharsets.UTF_8);
        List<Problem> problems = new ReportChecker(false, RuleSettings.none(), null).check(file, "r.yaml");
        assertEquals(
                List.of(),
                problems.stream()
                        .filter(p -> RuleEngine.ids().contains(p.code()))
                        .toList());
    }

    @Test
    void deadline() throws IOException {
        String late = replaced("year: 2023\n", "year: 2023\nagency_kind: 部门\npublished: 2024-02-05\n");
        assertFinds(
                late,
                "TIME-DEADLINE",
                "r.yaml:9:12: error: published 2024-02-05, after the deadline of a 部门 report; expected publication by "
                        + "2024-01-31 (条例 art. 49, 国办公开办函〔2021〕30号) [TIME-DEADLINE]",
                "r.yaml:9:12: 错误：发布日期 2024-02-05 晚于部门报告的发布时限；应在 2024-01-31 前发布（《条例》第四十九条、"
                        + "国办公开办函〔2021〕30号） [TIME-DEADLINE]");
        assertClean(late.replace("部门", "县汇总"), "TIME-DEADLINE"); // a county's 汇总 has until 20 February
        assertClean(replaced("year: 2023\n", "year: 2023\nagency_kind: 部门\npublished: 2024-01-31\n"), "TIME-DEADLINE");
    }

    @Test
    void deadlineFallsBackOnTheSignature() throws IOException {
        String signed = replaced("year: 2023\n", "year: 2023\nagency_kind: 乡镇\n")
                + "signature:\n  agency: 刚察县人民政府办公室\n  date: 2024-02-01\n";
        assertFinds(
                signed,
                "TIME-DEADLINE",
                "r.yaml:92:9: error: signed 2024-02-01 (and no published: date), after the deadline of a 乡镇 report; "
                        + "expected publication by 2024-01-31 [TIME-DEADLINE]",
                "r.yaml:92:9: 错误：落款日期 2024-02-01（未填 published 发布日期） 晚于乡镇报告的发布时限；应在 2024-01-31 前发布 "
                        + "[TIME-DEADLINE]");
    }

    @Test
    void sections() throws IOException {
        String withoutFive = clean.replaceAll("(?s)  - heading: 五、.*?(?=  - heading: 六)", "");
        assertFinds(
                withoutFive,
                "CONT-SECTIONS",
                "r.yaml:28:14: error: section 五、存在的主要问题及改进情况 is missing; expected the six sections of the official "
                        + "format, 一、总体情况 to 六、其他需要报告的事项 (条例 art. 50) [CONT-SECTIONS]",
                "r.yaml:28:14: 错误：缺少“五、存在的主要问题及改进情况”一节；应具备官方格式的六部分，从“一、总体情况”到“六、其他需要报告的事项”"
                        + "（《条例》第五十条） [CONT-SECTIONS]");
        assertClean(clean, "CONT-SECTIONS");
    }

    @Test
    void headingNumbers() throws IOException {
        String twice = replaced("四、政府信息公开行政复议", "三、政府信息公开行政复议");
        assertEquals(
                List.of(
                        "r.yaml:26:14: error: a second heading numbered 三、 (the first is on line 24); expected "
                                + "each number once [FMT-HEADING-NUMBERS]",
                        "r.yaml:28:14: error: heading numbered 五、 follows 三、; expected " + "四、 [FMT-HEADING-NUMBERS]"),
                findings(twice, "FMT-HEADING-NUMBERS", Language.EN));
        assertEquals(
                List.of(
                        "r.yaml:26:14: 错误：第二个编号为“三、”的标题（第一个在第 24 行）；每个编号应只用一次 [FMT-HEADING-NUMBERS]",
                        "r.yaml:28:14: 错误：编号为“五、”的标题紧接“三、”；应为“四、” [FMT-HEADING-NUMBERS]"),
                findings(twice, "FMT-HEADING-NUMBERS", Language.ZH));
        assertFinds(
                replaced("四、政府信息公开行政复议", "4、政府信息公开行政复议"),
                "FMT-HEADING-NUMBERS",
                "r.yaml:26:14: warning: heading '4、政府信息公开行政复议、行政诉讼情况' is numbered in Arabic digits; expected 四、 as "
                        + "the official headings are [FMT-HEADING-NUMBERS]",
                "r.yaml:26:14: 警告：标题“4、政府信息公开行政复议、行政诉讼情况”用阿拉伯数字编号；应与官方标题一致，用“四、” " + "[FMT-HEADING-NUMBERS]");
        assertClean(clean, "FMT-HEADING-NUMBERS");
    }

    @Test
    void placeholder() throws IOException {
        assertFinds(
                replaced(FEE_STATED, "      本年度未收取信息处理费。（文字描述）\n"),
                "CONT-PLACEHOLDER",
                "r.yaml:34:19: error: template text '（文字描述）' is left in; expected the report's own words in its place "
                        + "[CONT-PLACEHOLDER]",
                "r.yaml:34:19: 错误：留有模板占位文字“（文字描述）”；应替换为本报告的内容 [CONT-PLACEHOLDER]");
        assertClean(clean, "CONT-PLACEHOLDER");
    }

    @Test
    void sectionFive() throws IOException {
        String nothing =
                clean.replaceAll("(?s)(heading: 五、存在的主要问题及改进情况\n    text: \\|\n).*?(?=  - heading: 六)", "$1      无。\n");
        assertFinds(
                nothing,
                "CONT-SEC5-QUALITY",
                "r.yaml:28:14: error: section 五 says only '无。'; expected this year's main problems and the measures to "
                        + "improve (国办公开办函〔2021〕30号 一（五）) [CONT-SEC5-QUALITY]",
                "r.yaml:28:14: 错误：第五部分只写了“无。”；应写明本年度存在的主要问题和改进措施（国办公开办函〔2021〕30号 一（五）） " + "[CONT-SEC5-QUALITY]");
        assertFinds(
                replaced("2024年我办将", "明年我办将").replace("明年", "今后"),
                "CONT-SEC5-QUALITY",
                "r.yaml:28:14: warning: section 五 does not say what will be done in 2024; expected the plans for next "
                        + "year, e.g. '2024年，将…' [CONT-SEC5-QUALITY]",
                "r.yaml:28:14: 警告：第五部分没有写 2024 年的打算；应写明下一年的改进安排，如“2024年，将……” [CONT-SEC5-QUALITY]");
        assertClean(clean, "CONT-SEC5-QUALITY");
    }

    @Test
    void informationFee() throws IOException {
        assertFinds(
                clean.replace(FEE_STATED, "      无。\n"),
                "FEE-SEC6",
                "r.yaml:32:14: error: section 六 does not state the 信息处理费 (it says '无。'); expected the cases and "
                        + "amount charged, or e.g. '本年度未收取信息处理费。' (国办公开办函〔2021〕30号 一（六）) [FEE-SEC6]",
                "r.yaml:32:14: 错误：第六部分未报告信息处理费的收取情况（现为“无。”）；应写明收取的件数和金额，或如“本年度未收取信息处理费。”"
                        + "（国办公开办函〔2021〕30号 一（六）） [FEE-SEC6]");
        String charged = replaced(
                "year: 2023\n", "year: 2023\ninformation_fee:\n  charged: true\n  cases: 2\n" + "  amount_yuan: 150\n");
        assertFinds(
                charged,
                "FEE-SEC6",
                "r.yaml:36:14: error: section 六 and information_fee disagree: information_fee says a fee was charged; "
                        + "expected the text to say what information_fee gives [FEE-SEC6]",
                "r.yaml:36:14: 错误：第六部分与 information_fee 不一致：information_fee 为已收取；正文应与 information_fee 一致 "
                        + "[FEE-SEC6]");
        assertClean(charged.replace(FEE_STATED, "      本年度收取信息处理费2件，共计150元。\n"), "FEE-SEC6");
        assertClean(clean, "FEE-SEC6");
    }

    @Test
    void formatVersion() throws IOException {
        assertFinds(
                replaced("year: 2023", "year: 2020"),
                "FMT-VERSION",
                "r.yaml:5:1: error: a 2020 report in the 2021 format; expected format: 2019 (国办公开办函〔2019〕60号 applies "
                        + "to the 2019 and 2020 reports) [FMT-VERSION]",
                "r.yaml:5:1: 错误：2020 年度报告使用了 2021 年格式；应为 format: 2019（2019、2020 年度适用国办公开办函〔2019〕60号） "
                        + "[FMT-VERSION]");
        assertClean(clean, "FMT-VERSION");
    }

    @Test
    void headingLabels() throws IOException {
        assertFinds(
                replaced("五、存在的主要问题及改进情况", "五、存在的主要问题和改进情况"),
                "FMT-LABELS",
                "r.yaml:28:14: warning: heading '五、存在的主要问题和改进情况' differs slightly from the official "
                        + "'五、存在的主要问题及改进情况'; expected the official heading [FMT-LABELS]",
                "r.yaml:28:14: 警告：标题“五、存在的主要问题和改进情况”与官方标题“五、存在的主要问题及改进情况”略有出入；应使用官方标题 " + "[FMT-LABELS]");
        assertClean(clean, "FMT-LABELS");
    }

    @Test
    void overviewLength() throws IOException {
        String padding = "政务公开".repeat(100);
        String long1 = replaced("      (二)依申请公开方面。", "      " + padding + "\n      (二)依申请公开方面。");
        List<String> en = findings(long1, "CONT-GEN-LENGTH", Language.EN);
        assertEquals(1, en.size(), en.toString());
        assertEquals(
                en.get(0).replaceAll("has \\d+", "has N"),
                "r.yaml:15:14: warning: section 一、总体情况 has N "
                        + "characters; expected at most 1000 (国办公开办函〔2021〕30号: 原则上不超过一千字) [CONT-GEN-LENGTH]");
        assertClean(clean, "CONT-GEN-LENGTH");
    }

    @Test
    void overviewLengthCountsCharacters() {
        assertEquals(4, ReportText.characters("公开，A1。"));
        assertEquals(1004, 1000 + ReportText.characters("二〇二三"));
    }

    @Test
    void period() throws IOException {
        assertFinds(
                replaced("统计期限从2023年1月1日起", "统计期限从2022年1月1日起"),
                "FMT-PERIOD",
                "r.yaml:12:191: error: the statistics period reads '本报告中所列数据统计期限从2022年1月1日起至2023年12月31日止'; "
                        + "expected 2023年1月1日 to 2023年12月31日 [FMT-PERIOD]",
                "r.yaml:12:191: 错误：统计期限写作“本报告中所列数据统计期限从2022年1月1日起至2023年12月31日止”；应为2023年1月1日至"
                        + "2023年12月31日 [FMT-PERIOD]");
        assertFinds(
                replaced("本报告中所列数据统计期限从2023年1月1日起至2023年12月31日止。", ""),
                "FMT-PERIOD",
                "r.yaml:12:3: info: no sentence states the statistics period; expected e.g. '本报告所列数据统计期限自"
                        + "2023年1月1日起至2023年12月31日止。' [FMT-PERIOD]",
                "r.yaml:12:3: 提示：没有说明统计期限的句子；可写“本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。” [FMT-PERIOD]");
        assertClean(clean, "FMT-PERIOD");
    }

    @Test
    void title() throws IOException {
        assertFinds(
                replaced("  - 2023年度政府信息公开工作年度报告", "  - 2023年度政府信息公开工作报告"),
                "FMT-TITLE",
                "r.yaml:9:5: warning: title '刚察县人民政府办公室2023年度政府信息公开工作报告' is not in the official form; "
                        + "expected '刚察县人民政府办公室2023年政府信息公开工作年度报告' [FMT-TITLE]",
                "r.yaml:9:5: 警告：标题“刚察县人民政府办公室2023年度政府信息公开工作报告”不符合规范；应为“刚察县人民政府办公室2023年" + "政府信息公开工作年度报告” [FMT-TITLE]");
        assertClean(clean, "FMT-TITLE");
    }

    @Test
    void citation() throws IOException {
        assertFinds(
                replaced(FEE_STATED, "      本年度未收取信息处理费。按国办公开办函202130 号执行。\n"),
                "FMT-CITE",
                "r.yaml:34:20: info: document number '国办公开办函202130 号' is not well-formed; expected e.g. "
                        + "国办公开办函〔2021〕30号 (the year in 〔〕) [FMT-CITE]",
                "r.yaml:34:20: 提示：文号“国办公开办函202130 号”不规范；应如“国办公开办函〔2021〕30号”（年份用六角括号〔〕） [FMT-CITE]");
        assertClean(replaced(FEE_STATED, "      本年度未收取信息处理费。按国办公开办函〔2021〕30号执行。\n"), "FMT-CITE");
    }

    @Test
    void ordinals() throws IOException {
        assertFinds(
                replaced("二是政策解读精准度", "三是政策解读精准度"),
                "CONT-ORDINALS",
                "r.yaml:30:105: warning: '三是' follows '一是'; expected '二是' [CONT-ORDINALS]",
                "r.yaml:30:105: 警告：“三是”紧接“一是”；应为“二是” [CONT-ORDINALS]");
        assertFinds(
                replaced("      (二)下一步改进措施", "      (三)下一步改进措施"),
                "CONT-ORDINALS",
                "r.yaml:31:7: warning: '（三）' follows '（一）'; expected '（二）' [CONT-ORDINALS]",
                "r.yaml:31:7: 警告：“（三）”紧接“（一）”；应为“（二）” [CONT-ORDINALS]");
        assertClean(clean, "CONT-ORDINALS");
    }

    @Test
    void yearReferences() throws IOException {
        assertFinds(
                replaced("2024年我办将", "2023年我办将"),
                "CONT-YEAR-REFS",
                "r.yaml:31:18: warning: '2023年我办将' plans work for a year already reported; expected plans for 2024年 "
                        + "[CONT-YEAR-REFS]",
                "r.yaml:31:18: 警告：“2023年我办将”所述计划不是下一年的；改进安排应为2024年 [CONT-YEAR-REFS]");
        assertFinds(
                replaced("全年公开各类政府信息3050条", "2022年公开各类政府信息3050条"),
                "CONT-YEAR-REFS",
                "r.yaml:17:73: warning: '2022年' in a sentence about this year's work; expected 2023年 (left over from "
                        + "last year's report?) [CONT-YEAR-REFS]",
                "r.yaml:17:73: 警告：叙述本年度工作的句子中出现“2022年”；应为2023年（是否沿用了上年报告的文字？） [CONT-YEAR-REFS]");
        assertClean(clean, "CONT-YEAR-REFS");
    }

    @Test
    void textAgreesWithTables() throws IOException {
        assertFinds(
                replaced("全年收到依申请公开申请2条", "全年收到依申请公开申请3条"),
                "DATA-TEXT-TABLE",
                "r.yaml:18:54: warning: the text says '收到依申请公开申请3条', but table 三 gives 2 new (2 with those carried "
                        + "over); expected one of them [DATA-TEXT-TABLE]",
                "r.yaml:18:54: 警告：正文写“收到依申请公开申请3条”，但表三本年新收为 2（加上年结转为 2）；应为其中之一 [DATA-TEXT-TABLE]");
        assertFinds(
                replaced("全年收到依申请公开申请2条", "全年未收到政府信息公开申请"),
                "DATA-TEXT-TABLE",
                "r.yaml:18:54: warning: the text says '未收到政府信息公开申请', but table 三 一、本年新收 + 二、上年结转 总计 is 2; "
                        + "expected 0 there, or other words [DATA-TEXT-TABLE]",
                "r.yaml:18:54: 警告：正文写“未收到政府信息公开申请”，但表三 一、本年新收 + 二、上年结转 总计为 2；表中应为 0，或改正正文 " + "[DATA-TEXT-TABLE]");
        assertFinds(
                replaced("全年收到依申请公开申请2条", "全年新收政府信息公开申请5件"),
                "DATA-TEXT-TABLE",
                "r.yaml:18:54: warning: the text says '新收政府信息公开申请5件', but table 三 一、本年新收 总计 is 2; expected "
                        + "the text to agree with the table [DATA-TEXT-TABLE]",
                "r.yaml:18:54: 警告：正文写“新收政府信息公开申请5件”，但表三 一、本年新收 总计为 2；正文应与表格一致 [DATA-TEXT-TABLE]");
        assertClean(clean, "DATA-TEXT-TABLE");
    }

    @Test
    void repetitionNeedsMoreThanTheSameSubject() throws IOException {
        // last year's 一 and 五 written afresh on the same subjects: no finding
        Path last = work.resolve("last.yaml");
        Files.writeString(
                last,
                clean.replace("year: 2023", "year: 2022")
                        .replaceAll(
                                "(?s)(heading: 一、总体情况\n    text: \\|\n).*?(?=  - heading: 二)",
                                "$1      2022年，我办主动公开政府信息2810条，办理依申请公开1件，按期答复。\n")
                        .replaceAll(
                                "(?s)(heading: 五、存在的主要问题及改进情况\n    text: \\|\n).*?(?=  - heading: 六)",
                                "$1      一是栏目更新偶有迟缓；二是解读形式单一。2023年将建立更新台账，增加图解和视频解读。\n"),
                StandardCharsets.UTF_8);
        Path file = work.resolve("r.yaml");
        Files.writeString(file, clean, StandardCharsets.UTF_8);
        List<Problem> problems = new ReportChecker(false, RuleSettings.none(), last).check(file, "r.yaml");
        assertEquals(
                List.of(),
                problems.stream().filter(p -> p.code().equals("CONT-DUP-YOY")).toList());
        assertEquals(1.0, RepetitionRule.jaccard(java.util.Set.of("公开", "开工"), java.util.Set.of("开工", "公开")));
        assertEquals(1.0 / 3, RepetitionRule.jaccard(java.util.Set.of("公开", "开工"), java.util.Set.of("开工", "工作")));
    }
}
