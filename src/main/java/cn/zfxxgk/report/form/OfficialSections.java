package cn.zfxxgk.report.form;

import cn.zfxxgk.report.model.TableKind;
import java.util.List;

/**
 * The six parts of a report as the format notices head them (国办公开办函〔2019〕60号, 〔2021〕30号; 《条例》第五十条):
 * written here once, for the skeleton of a new report and for the rules that check a report's headings. The three
 * table parts take their headings from {@link TableKind}.
 */
public final class OfficialSections {

    /** 一、总体情况. */
    public static final String OVERVIEW = "一、总体情况";
    /** 五、存在的主要问题及改进情况. */
    public static final String PROBLEMS = "五、存在的主要问题及改进情况";
    /** 六、其他需要报告的事项. */
    public static final String OTHER = "六、其他需要报告的事项";

    /** The six headings in order: {@code HEADINGS.get(n - 1)} is part n's. */
    public static final List<String> HEADINGS = List.of(
            OVERVIEW,
            TableKind.ACTIVE.title(),
            TableKind.APPLICATIONS.title(),
            TableKind.REVIEWS.title(),
            PROBLEMS,
            OTHER);

    private OfficialSections() {}
}
