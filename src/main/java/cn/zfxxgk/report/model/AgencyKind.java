package cn.zfxxgk.report.model;

import java.time.MonthDay;
import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of office publishes a report, which fixes its deadline in the year after the report's year
 * (国办公开办函〔2019〕60号 and 〔2021〕30号 二): departments, towns and the government's own office (本级) by 31 January,
 * a county's 汇总 by 20 February, a city's by 10 March, a province's and a vertically managed system's by 31 March.
 */
public enum AgencyKind {
    /** 政府部门 (a department of a people's government). */
    DEPARTMENT("部门", MonthDay.of(1, 31)),
    /** 乡镇人民政府, 街道办事处. */
    TOWN("乡镇", MonthDay.of(1, 31)),
    /** 人民政府本级 (the government's own office, a unit of its 汇总). */
    GOVERNMENT("本级", MonthDay.of(1, 31)),
    /** 县级人民政府汇总报告. */
    COUNTY_SUMMARY("县汇总", MonthDay.of(2, 20)),
    /** 设区的市级人民政府汇总报告. */
    CITY_SUMMARY("市汇总", MonthDay.of(3, 10)),
    /** 省级人民政府汇总报告. */
    PROVINCE_SUMMARY("省汇总", MonthDay.of(3, 31)),
    /** 实行垂直管理的系统. */
    VERTICAL("垂直", MonthDay.of(3, 31));

    private final String key;
    private final MonthDay deadline;

    AgencyKind(String key, MonthDay deadline) {
        this.key = key;
        this.deadline = deadline;
    }

    /** The value an author writes after {@code agency_kind:}. */
    public String key() {
        return key;
    }

    /** The last day of publication, in the year after the report's year. */
    public MonthDay deadline() {
        return deadline;
    }

    /** The kind an author wrote, if it is one. */
    public static Optional<AgencyKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
