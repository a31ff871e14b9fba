package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Message;

/** Messages of the checks across years, in English and Chinese. */
final class RuleMessages {

    private RuleMessages() {
    }

    static Message carryOver(String column, String thisYear, String lastYear, String lastFile, Position lastAt) {
        return Message.of("rule-carry-over", "依申请公开 二、上年结转 · " + column + " is " + thisYear + ", but last year's "
                + "四、结转下年度 · " + column + " is " + lastYear + " (" + lastFile + ":" + lastAt + "); expected this year's "
                + "二、上年结转 = last year's 四、结转下年度继续办理", "依申请公开 二、上年结转 · " + column + "为 " + thisYear
                + "，但上年的 四、结转下年度 · " + column + "为 " + lastYear + "（" + lastFile + ":" + lastAt + "）；本年的"
                + "“二、上年结转”应等于上年的“四、结转下年度继续办理”");
    }

    static Message projects(String row, String thisYear, String lastYear, String lastFile, Position lastAt) {
        return Message.of("rule-projects", "主动公开 " + row + " 上一年项目数量 is " + thisYear + ", but last year's report "
                + "gives " + lastYear + " (its 上一年项目数量 and 本年增/减, " + lastFile + ":" + lastAt + "); expected "
                + "上一年项目数量 = last year's 上一年项目数量 + 本年增/减", "主动公开 " + row + " 的上一年项目数量为 " + thisYear
                + "，但按上年报告应为 " + lastYear + "（上年的上一年项目数量加本年增/减，" + lastFile + ":" + lastAt + "）；"
                + "上一年项目数量应等于上年的上一年项目数量加本年增/减");
    }

    static Message notConsecutive(int thisYear, int lastYear) {
        return Message.of("rule-previous-year", "the previous report is for " + lastYear + ", this one for " + thisYear
                + "; expected the report of " + (thisYear - 1), "上年报告的年度是 " + lastYear + "，本报告是 " + thisYear
                + "；应为 " + (thisYear - 1) + " 年度的报告");
    }

    static Message previousMissing() {
        return Message.of("file-missing", "file not found; expected last year's report YAML, e.g. "
                + "data/balikun-2022.yaml", "找不到文件；应为上年报告的 YAML 文件，如 data/balikun-2022.yaml");
    }
}
