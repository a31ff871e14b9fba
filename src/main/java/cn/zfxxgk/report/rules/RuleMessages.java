package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Message;
import java.time.LocalDate;
import java.util.List;

/**
 * Messages of the reviewers' rules and their settings, in English and Chinese. Each says what is wrong and what was
 * expected, names sections by their official headings, and quotes the author's text; the engine appends the rule's id.
 */
final class RuleMessages {

    private RuleMessages() {}

    static Message carryOver(String column, String thisYear, String lastYear, String lastFile, Position lastAt) {
        return Message.of(
                "rule-carry-over",
                "依申请公开 二、上年结转 · " + column + " is " + thisYear + ", but last year's "
                        + "四、结转下年度 · " + column + " is " + lastYear + " (" + lastFile + ":" + lastAt
                        + "); expected this year's "
                        + "二、上年结转 = last year's 四、结转下年度继续办理",
                "依申请公开 二、上年结转 · " + column + "为 " + thisYear
                        + "，但上年的 四、结转下年度 · " + column + "为 " + lastYear + "（" + lastFile + ":" + lastAt + "）；本年的"
                        + "“二、上年结转”应等于上年的“四、结转下年度继续办理”");
    }

    static Message projects(String row, String thisYear, String lastYear, String lastFile, Position lastAt) {
        return Message.of(
                "rule-projects",
                "主动公开 " + row + " 上一年项目数量 is " + thisYear + ", but last year's report "
                        + "gives " + lastYear + " (its 上一年项目数量 and 本年增/减, " + lastFile + ":" + lastAt + "); expected "
                        + "上一年项目数量 = last year's 上一年项目数量 + 本年增/减",
                "主动公开 " + row + " 的上一年项目数量为 " + thisYear
                        + "，但按上年报告应为 " + lastYear + "（上年的上一年项目数量加本年增/减，" + lastFile + ":" + lastAt + "）；"
                        + "上一年项目数量应等于上年的上一年项目数量加本年增/减");
    }

    static Message notConsecutive(int thisYear, int lastYear) {
        return Message.of(
                "rule-previous-year",
                "the previous report is for " + lastYear + ", this one for " + thisYear + "; expected the report of "
                        + (thisYear - 1),
                "上年报告的年度是 " + lastYear + "，本报告是 " + thisYear + "；应为 " + (thisYear - 1) + " 年度的报告");
    }

    static Message previousMissing() {
        return Message.of(
                "file-missing",
                "file not found; expected last year's report YAML, e.g. " + "data/balikun-2022.yaml",
                "找不到文件；应为上年报告的 YAML 文件，如 data/balikun-2022.yaml");
    }

    // ---- the sections -----------------------------------------------------------------------------------------

    static Message sectionMissing(String official) {
        return Message.of(
                "rule",
                "section " + official + " is missing; expected the six sections of the official "
                        + "format, 一、总体情况 to 六、其他需要报告的事项 (条例 art. 50)",
                "缺少“" + official + "”一节；应具备官方格式的六部分，" + "从“一、总体情况”到“六、其他需要报告的事项”（《条例》第五十条）");
    }

    static Message sectionOutOfOrder(String heading, String after) {
        return Message.of(
                "rule",
                "section '" + heading + "' comes after '" + after + "'; expected the official order " + "一 to 六",
                "“" + heading + "”排在“" + after + "”之后；应按官方顺序一至六排列");
    }

    static Message sectionEmpty(String heading) {
        return Message.of(
                "rule",
                "section '" + heading + "' has no text; expected what the section reports (write "
                        + "无。 only where there is truly nothing)",
                "“" + heading + "”没有内容；应写明本部分的情况（确无内容时写“无。”）");
    }

    static Message tableMissing(String key) {
        return Message.of(
                "rule",
                "table " + key + " is missing; expected all three official tables (主动公开, " + "依申请公开, 复议诉讼)",
                "缺少表格“" + key + "”；应具备三张官方表格（主动公开、依申请公开、复议诉讼）");
    }

    static Message headingNumberRepeated(String number, int earlierLine) {
        return Message.of(
                "rule",
                "a second heading numbered " + number + "、 (the first is on line " + earlierLine
                        + "); expected each number once",
                "第二个编号为“" + number + "、”的标题（第一个在第 " + earlierLine + " 行）；每个编号应只用一次");
    }

    static Message headingNumberOutOfSequence(String number, String previous, String expected) {
        return Message.of(
                "rule",
                "heading numbered " + number + "、 " + (previous == null ? "comes first" : "follows " + previous + "、")
                        + "; expected " + expected + "、",
                "编号为“" + number + "、”的标题" + (previous == null ? "排在第一" : "紧接“" + previous + "、”") + "；应为“" + expected
                        + "、”");
    }

    static Message headingNumberArabic(String heading, String chinese) {
        return Message.of(
                "rule",
                "heading '" + heading + "' is numbered in Arabic digits; expected " + chinese
                        + "、 as the official headings are",
                "标题“" + heading + "”用阿拉伯数字编号；应与官方标题一致，用“" + chinese + "、”");
    }

    static Message headingSlip(String heading, String official) {
        return Message.of(
                "rule",
                "heading '" + heading + "' differs slightly from the official '" + official
                        + "'; expected the official heading",
                "标题“" + heading + "”与官方标题“" + official + "”略有出入；应使用官方标题");
    }

    static Message placeholder(String text) {
        return Message.of(
                "rule",
                "template text '" + text + "' is left in; expected the report's own words in its place",
                "留有模板占位文字“" + text + "”；应替换为本报告的内容");
    }

    // ---- 五、存在的主要问题及改进情况 ----------------------------------------------------------------------------

    static Message problemsNothing(String text) {
        return Message.of(
                "rule",
                "section 五 says only '" + text + "'; expected this year's main problems and the "
                        + "measures to improve (国办公开办函〔2021〕30号 一（五）)",
                "第五部分只写了“" + text + "”；应写明本年度存在的" + "主要问题和改进措施（国办公开办函〔2021〕30号 一（五））");
    }

    static Message problemsWithoutProblems() {
        return Message.of(
                "rule",
                "section 五 names no problem (问题, 不足, 差距 …); expected this year's main problems",
                "第五部分没有写存在的问题（问题、不足、差距等）；应写明本年度存在的主要问题");
    }

    static Message problemsWithoutMeasures() {
        return Message.of(
                "rule",
                "section 五 names no measure (改进, 下一步, 措施 …); expected how the problems will be " + "improved",
                "第五部分没有写改进措施（改进、下一步、措施等）；应写明改进的措施");
    }

    static Message problemsFewItems(int items) {
        return Message.of(
                "rule",
                "section 五 lists " + items + " item" + (items == 1 ? "" : "s") + "; expected the "
                        + "problems and measures item by item (一是、二是… or （一）（二）…)",
                "第五部分只列了 " + items + " 项；问题和措施应逐条列出（一是、二是……或（一）（二）……）");
    }

    static Message problemsNoPlan(int next) {
        return Message.of(
                "rule",
                "section 五 does not say what will be done in " + next + "; expected the plans for "
                        + "next year, e.g. '" + next + "年，将…'",
                "第五部分没有写 " + next + " 年的打算；应写明下一年的改进安排，如“" + next + "年，将……”");
    }

    // ---- 六 and the 信息处理费 -----------------------------------------------------------------------------------

    static Message feeNotStated(String text) {
        return Message.of(
                "rule",
                "section 六 does not state the 信息处理费 (it says '" + abbreviated(text) + "'); "
                        + "expected the cases and amount charged, or e.g. '本年度未收取信息处理费。' (国办公开办函〔2021〕30号 一（六）)",
                "第六部分未报告信息处理费的收取情况（现为“" + abbreviated(text) + "”）；应写明收取的件数和金额，或如“本年度未收取"
                        + "信息处理费。”（国办公开办函〔2021〕30号 一（六））");
    }

    static Message feeDisagrees(String en, String zh) {
        return Message.of(
                "rule",
                "section 六 and information_fee disagree: " + en + "; expected the text to say what "
                        + "information_fee gives",
                "第六部分与 information_fee 不一致：" + zh + "；正文应与 information_fee 一致");
    }

    // ---- dates ----------------------------------------------------------------------------------------------

    static Message publishedLate(LocalDate published, String kind, LocalDate deadline) {
        return Message.of(
                "rule",
                "published " + published + ", after the deadline of a " + kind + " report; expected "
                        + "publication by " + deadline + " (条例 art. 49, 国办公开办函〔2021〕30号)",
                "发布日期 " + published + " 晚于" + kind + "报告的发布时限；应在 " + deadline + " 前发布（《条例》第四十九条、国办公开办函〔2021〕30号）");
    }

    static Message signedLate(LocalDate signed, String kind, LocalDate deadline, boolean onlyDate) {
        return Message.of(
                "rule",
                "signed " + signed + (onlyDate ? " (and no published: date)" : "") + ", after the "
                        + "deadline of a " + kind + " report; expected " + (onlyDate ? "publication" : "the signature")
                        + " by " + deadline,
                "落款日期 " + signed + (onlyDate ? "（未填 published 发布日期）" : "") + " 晚于" + kind + "报告的发布时限；应在 " + deadline
                        + " 前" + (onlyDate ? "发布" : "落款"));
    }

    static Message periodWrong(String sentence, String start, String end) {
        return Message.of(
                "rule",
                "the statistics period reads '" + sentence + "'; expected " + start + " to " + end,
                "统计期限写作“" + sentence + "”；应为" + start + "至" + end);
    }

    static Message periodAbsent(String start, String end) {
        return Message.of(
                "rule",
                "no sentence states the statistics period; expected e.g. '本报告所列数据统计期限自" + start + "起至" + end + "止。'",
                "没有说明统计期限的句子；可写“本报告所列数据统计期限自" + start + "起至" + end + "止。”");
    }

    static Message lastYearInPresent(String year, int thisYear) {
        return Message.of(
                "rule",
                "'" + year + "' in a sentence about this year's work; expected " + thisYear
                        + "年 (left over from last year's report?)",
                "叙述本年度工作的句子中出现“" + year + "”；应为" + thisYear + "年（是否沿用了上年报告的文字？）");
    }

    static Message planInPast(String text, int next) {
        return Message.of(
                "rule",
                "'" + text + "' plans work for a year already reported; expected plans for " + next + "年",
                "“" + text + "”所述计划不是下一年的；改进安排应为" + next + "年");
    }

    // ---- format and wording -------------------------------------------------------------------------------------

    static Message formatOld(int year) {
        return Message.of(
                "rule",
                "a " + year + " report in the 2019 format (国办公开办函〔2019〕60号); expected format: "
                        + "2021 (国办公开办函〔2021〕30号 applies from the 2021 reports on)",
                year + " 年度报告使用了 2019 年格式" + "（国办公开办函〔2019〕60号）；应为 format: 2021（2021 年度起适用国办公开办函〔2021〕30号）");
    }

    static Message formatTooNew(int year) {
        return Message.of(
                "rule",
                "a " + year + " report in the 2021 format; expected format: 2019 (国办公开办函"
                        + "〔2019〕60号 applies to the 2019 and 2020 reports)",
                year + " 年度报告使用了 2021 年格式；应为 format: 2019" + "（2019、2020 年度适用国办公开办函〔2019〕60号）");
    }

    static Message overviewTooLong(int length, int limit) {
        return Message.of(
                "rule",
                "section 一、总体情况 has " + length + " characters; expected at most " + limit
                        + " (国办公开办函〔2021〕30号: 原则上不超过一千字)",
                "“一、总体情况”共 " + length + " 字；原则上不超过 " + limit + " 字（国办公开办函〔2021〕30号）");
    }

    static Message overviewNearLimit(int length, int limit) {
        return Message.of(
                "rule",
                "section 一、总体情况 has " + length + " characters, close to the " + limit
                        + " the notice allows; expected at most " + limit,
                "“一、总体情况”共 " + length + " 字，接近 " + limit + " 字的上限；原则上不超过 " + limit + " 字");
    }

    static Message titleUnofficial(String title, String expected) {
        return Message.of(
                "rule",
                "title '" + title + "' is not in the official form; expected '" + expected + "'",
                "标题“" + title + "”不符合规范；应为“" + expected + "”");
    }

    static Message citationMalformed(String text, String prefix) {
        return Message.of(
                "rule",
                "document number '" + text + "' is not well-formed; expected e.g. " + prefix
                        + "〔2021〕30号 (the year in 〔〕)",
                "文号“" + text + "”不规范；应如“" + prefix + "〔2021〕30号”（年份用六角括号〔〕）");
    }

    static Message ordinalOutOfSequence(String shown, String previous, String expected) {
        return Message.of(
                "rule",
                "'" + shown + "' " + (previous == null ? "starts the list" : "follows '" + previous + "'")
                        + "; expected '" + expected + "'",
                "“" + shown + "”" + (previous == null ? "是第一项" : "紧接“" + previous + "”") + "；应为“" + expected + "”");
    }

    // ---- numbers in the text -------------------------------------------------------------------------------------

    static Message numberDisagrees(String quoted, String cell, String value) {
        return Message.of(
                "rule",
                "the text says '" + quoted + "', but table " + cell + " is " + value + "; expected "
                        + "the text to agree with the table",
                "正文写“" + quoted + "”，但表" + cell + "为 " + value + "；正文应与表格一致");
    }

    static Message receivedDisagrees(String quoted, String received, String withCarried) {
        return Message.of(
                "rule",
                "the text says '" + quoted + "', but table 三 gives " + received + " new (" + withCarried
                        + " with those carried over); expected one of them",
                "正文写“" + quoted + "”，但表三本年新收为 " + received + "（加上年结转为 " + withCarried + "）；应为其中之一");
    }

    static Message noneDisagrees(String quoted, String cell, String value) {
        return Message.of(
                "rule",
                "the text says '" + quoted + "', but table " + cell + " is " + value + "; expected "
                        + "0 there, or other words",
                "正文写“" + quoted + "”，但表" + cell + "为 " + value + "；表中应为 0，或改正正文");
    }

    // ---- year over year --------------------------------------------------------------------------------------

    static Message repeatedFromLastYear(String heading, int percent, int count, List<String> quoted, String lastFile) {
        String en = quoted.isEmpty() ? "" : ", e.g. '" + String.join("', '", quoted) + "'";
        String zh = quoted.isEmpty() ? "" : "，如“" + String.join("”“", quoted) + "”";
        return Message.of(
                "rule",
                "section '" + heading + "' repeats last year's (" + lastFile + "): " + percent
                        + " % of its character pairs are the same and " + count + " sentence"
                        + (count == 1 ? " is" : "s are")
                        + " identical" + en + "; expected this year's own account (年年雷同 is criticised)",
                "“" + heading
                        + "”与上年报告（" + lastFile + "）雷同：字符对重合 " + percent + "%，" + count + " 句完全相同" + zh
                        + "；应写本年度的实际情况（避免年年雷同）");
    }

    // ---- a 汇总 and its units -----------------------------------------------------------------------------------

    static Message unitsSum(String cell, String written, String sum, int units) {
        return Message.of(
                "rule",
                cell + " is " + written + ", but its " + units + " units add up to " + sum
                        + "; expected the sum of the units' cells",
                cell + "为 " + written + "，但 " + units + " 个单位之和为 " + sum + "；汇总表格的每格应等于各单位之和");
    }

    static Message unitsFormat(String units, String report) {
        return Message.of(
                "rule",
                "the units are in the " + units + " format, this 汇总 in the " + report
                        + "; expected the 汇总 in its units' format, so that their cells line up",
                "各单位报告为 " + units + " 年格式，本汇总报告为 " + report + " 年格式；汇总报告应与各单位使用同一格式");
    }

    static Message unitMissing(String written, String file) {
        return Message.of(
                "rule-unit-missing",
                "unit '" + written + "' not found (" + file + "); expected a report "
                        + "YAML file, relative to this report",
                "找不到单位报告“" + written + "”（" + file + "）；应为相对本文件的" + "报告 YAML 文件");
    }

    static Message unitUnreadable(String file) {
        return Message.of(
                "rule-unit-invalid",
                "unit " + file + " has errors (listed with it), so the sums are not "
                        + "checked; expected a unit report that checks without errors",
                "单位报告 " + file + " 有错误（见其下所列），" + "未核对汇总数；单位报告应能通过检查");
    }

    // ---- the settings ----------------------------------------------------------------------------------------

    static Message ruleUnknown(String id, String suggestion) {
        return Message.of(
                "rule-unknown",
                "no rule '" + id + "'" + (suggestion == null ? "" : " (did you mean " + suggestion + "?)")
                        + "; expected a rule id of docs/rules.md, e.g. CONT-SECTIONS",
                "没有规则“" + id + "”"
                        + (suggestion == null ? "" : "（是否应为 " + suggestion + "？）") + "；应为 docs/rules.md 中的规则编号，如 "
                        + "CONT-SECTIONS");
    }

    static Message levelUnknown(String id, String level) {
        return Message.of(
                "rule-level-unknown",
                "rule " + id + " set to '" + level + "'; expected off, info, warning " + "or error",
                "规则 " + id + " 的设置“" + level + "”无效；应为 off、info、warning 或 error（关闭、提示、警告、错误）");
    }

    static Message settingsNotMapping() {
        return Message.of(
                "rule-settings-invalid",
                "this is not a rule setting; expected one line a rule, e.g. " + "'CONT-GEN-LENGTH: off'",
                "这不是规则设置；应每行设置一条规则，如“CONT-GEN-LENGTH: off”");
    }

    static Message settingsUnreadable(String detail) {
        return Message.of(
                "rule-settings-invalid",
                "the rule settings cannot be read (" + detail + "); expected one "
                        + "line a rule, e.g. 'CONT-GEN-LENGTH: off'",
                "规则设置无法读取（" + detail + "）；应每行设置一条规则，如" + "“CONT-GEN-LENGTH: off”");
    }

    private static String abbreviated(String text) {
        return text.codePointCount(0, text.length()) <= 40
                ? text
                : text.substring(0, text.offsetByCodePoints(0, 40)) + "…";
    }
}
