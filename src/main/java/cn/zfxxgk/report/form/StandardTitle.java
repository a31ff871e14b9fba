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

    private StandardTitle() {
    }
}
