package cn.zfxxgk.report.summary;

import cn.zfxxgk.report.problem.Message;
import java.util.List;

/** Messages of {@code gen sum}, in English and Chinese. */
final class SummaryMessages {

    private SummaryMessages() {}

    static Message formatsDiffer(List<String> byFormat) {
        return Message.of(
                "sum-format-mixed",
                "the units use different formats (" + String.join("; ", byFormat)
                        + "); expected one format for all units, since a 汇总 adds like cells",
                "各单位报告的表格格式不同（" + String.join("；", byFormat) + "）；汇总要求所有单位使用同一格式");
    }

    static Message wrongYear(int unitYear, int year) {
        return Message.of(
                "sum-year",
                "this unit's report is on " + unitYear + "; expected " + year + " like the 汇总",
                "本单位报告的年度是 " + unitYear + "；应与汇总报告一致，为 " + year);
    }

    static Message tableMissing(String key) {
        return Message.of(
                "sum-table-missing",
                "this unit's report has no table " + key + "; expected all three " + "tables in every unit",
                "本单位报告缺少表格“" + key + "”；每个单位都应有三张表格");
    }

    static Message unreadableCell(String where, String text) {
        return Message.of(
                "sum-cell-unreadable",
                where + " is '" + text + "', which is not a number; expected a "
                        + "number to add (the sum is written 缺失)",
                where + " 为“" + text + "”，不是数字；应为可相加的数字（汇总值记为缺失）");
    }
}
