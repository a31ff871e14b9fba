package cn.zfxxgk.report.form;

import java.util.Collections;
import java.util.List;

/** Table 四 (行政复议、行政诉讼), identical in both formats: three rows of five counts, printed side by side. */
public final class ReviewForm {

    /** The five columns of each part, without line breaks. */
    public static final List<String> COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    /** The printed column headers, with the form's line breaks. */
    public static final List<String> HEADERS = List.of("结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计");

    /** Index of the 总计 column. */
    public static final int TOTAL = 4;

    /** The header over the first five columns. */
    public static final String REVIEW = "行政复议";

    /** The header over the last ten columns. */
    public static final String LAWSUIT = "行政诉讼";

    /** The two parts under {@link #LAWSUIT}, five columns each. */
    public static final String DIRECT = "未经复议直接起诉";

    public static final String AFTER_REVIEW = "复议后起诉";

    /** 行政复议, 未经复议直接起诉 and 复议后起诉, in printed order. */
    public static final List<RowForm> ROWS = List.of(
            RowForm.counts(REVIEW, REVIEW, 5),
            RowForm.counts(DIRECT, LAWSUIT + " " + DIRECT, 5),
            RowForm.counts(AFTER_REVIEW, LAWSUIT + " " + AFTER_REVIEW, 5));

    /** The official column widths in px: fifteen equal columns. */
    public static final List<Integer> COLUMN_WIDTHS = Collections.nCopies(15, 42);

    private ReviewForm() {}
}
