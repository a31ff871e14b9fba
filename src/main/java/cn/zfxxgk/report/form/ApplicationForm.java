package cn.zfxxgk.report.form;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 三 (收到和处理政府信息公开申请情况): seven value columns — six kinds of applicant and 总计 — and the rows
 * 一、二、三（一）…（七）、四.
 *
 * @param note the 勾稽 note printed in the top-left cell
 * @param headers the applicant column headers, in printed order, with the form's line breaks
 * @param columnWidths the official column widths in px (three label columns, then the seven value columns), for
 *     proportional layout
 */
public record ApplicationForm(
        String note,
        List<String> headers,
        RowForm received,
        RowForm carried,
        List<ResultGroup> results,
        RowForm total,
        RowForm carriedOver,
        List<Integer> columnWidths) {

    /** The header over the seven value columns. */
    public static final String APPLICANTS = "申请人情况";

    /** The header over the five kinds of organisation (商业企业 … 其他). */
    public static final String ORGANISATIONS = "法人或其他组织";

    /** The label to the left of every result row, （一）…（七）. */
    public static final String RESULTS = "三、本年度办理结果";

    /** The names of the seven value columns, without line breaks: 自然人 … 其他, 总计. */
    public static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    /** Index of the 总计 column. */
    public static final int TOTAL = 6;

    public ApplicationForm {
        headers = List.copyOf(headers);
        results = List.copyOf(results);
        columnWidths = List.copyOf(columnWidths);
    }

    /** Every result row of （一）…（六） in printed order, the rows whose sum is （七）总计. */
    public List<RowForm> resultRows() {
        List<RowForm> rows = new ArrayList<>();
        results.forEach(group -> rows.addAll(group.rows()));
        return rows;
    }

    /**
     * The row's name in messages, short but official: {@code 一、本年新收}, {@code 三、（二）部分公开},
     * {@code 三、（三）不予公开 1.属于国家秘密}, {@code 三、（七）总计}, {@code 四、结转下年度}.
     */
    public String name(RowForm row) {
        if (row.equals(received)) {
            return "一、本年新收";
        }
        if (row.equals(carried)) {
            return "二、上年结转";
        }
        if (row.equals(total)) {
            return "三、" + total.label();
        }
        if (row.equals(carriedOver)) {
            return "四、结转下年度";
        }
        for (ResultGroup group : results) {
            if (group.rows().contains(row)) {
                String groupLabel = group.label().replaceFirst("（区分.*$", "");
                return group.single() ? "三、" + groupLabel : "三、" + groupLabel + " " + row.label();
            }
        }
        throw new IllegalArgumentException("row " + row.id() + " is not in table 三");
    }

    /** Every row of the table in printed order. */
    public List<RowForm> rows() {
        List<RowForm> rows = new ArrayList<>(List.of(received, carried));
        rows.addAll(resultRows());
        rows.add(total);
        rows.add(carriedOver);
        return rows;
    }
}
