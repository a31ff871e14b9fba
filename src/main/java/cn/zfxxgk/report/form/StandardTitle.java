package cn.zfxxgk.report.form;

import java.util.List;

/**
 * The title the notices give the report, {@code {year}年{agency}政府信息公开工作年度报告} (many agencies write
 * {@code {agency}{year}年…}), and the words its fixed part is made of, which is where a title too long for one line
 * may be broken.
 */
public final class StandardTitle {

    /** The fixed part that ends every standard title. */
    public static final String ENDING = "政府信息公开工作年度报告";

    /** The words of {@link #ENDING}, in order. */
    public static final List<String> ENDING_WORDS = List.of("政府", "信息", "公开", "工作", "年度", "报告");

    /**
     * Where the fixed part reads best broken, best first: before 政府信息公开, before 工作年度报告, before 年度报告.
     */
    public static final List<String> PHRASES = List.of("政府信息公开", "工作年度报告", "年度报告");

    private StandardTitle() {}

    /**
     * The title a report has when its author gives none, as most agencies write it: {@code {agency}{year}年…}. The one
     * place it is spelled out, for the reader of the YAML, the skeleton of {@code gen init}, its comment and the
     * documents' metadata alike.
     */
    public static String of(String agency, int year) {
        return agency + year + "年" + ENDING;
    }

    /**
     * The subject every format's metadata carries: the year's report in the form of a notice, e.g.
     * {@code 2023年政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）}.
     */
    public static String subject(int year, String notice) {
        return year + "年" + ENDING + "（" + notice + "格式）";
    }
}
