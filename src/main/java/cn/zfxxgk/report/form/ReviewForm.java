package cn.zfxxgk.report.form;

import java.util.List;

/** Table 四 (行政复议、行政诉讼), identical in both formats: three rows of five counts, printed side by side. */
public final class ReviewForm {

    /** The five columns of each part, without line breaks. */
    public static final List<String> COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    /** The printed column headers, with the form's line breaks. */
    public static final List<String> HEADERS = List.of("结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计");

    /** Index of the 总计 column. */
    public static final int TOTAL = 4;

    /** 行政复议, 未经复议直接起诉 and 复议后起诉, in printed order. */
    public static final List<RowForm> ROWS = List.of(
            RowForm.counts("行政复议", "行政复议", 5),
            RowForm.counts("未经复议直接起诉", "行政诉讼 未经复议直接起诉", 5),
            RowForm.counts("复议后起诉", "行政诉讼 复议后起诉", 5));

    private ReviewForm() {
    }
}
