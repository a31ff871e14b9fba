package cn.zfxxgk.report.form;

import static cn.zfxxgk.report.form.ColumnKind.AMOUNT;
import static cn.zfxxgk.report.form.ColumnKind.CHANGE;
import static cn.zfxxgk.report.form.ColumnKind.COUNT;

import cn.zfxxgk.report.model.FormatVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The official form of one format: the layouts of tables 二, 三 and 四 as printed in the templates of
 * 国办公开办函〔2019〕60号 and 〔2021〕30号 (the notices' attached tables, cell by cell).
 */
public record OfficialForm(FormatVersion version, ActiveForm active, ApplicationForm applications) {

    private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final OfficialForm F2021 = new OfficialForm(FormatVersion.F2021, active2021(), applications(true));
    private static final OfficialForm F2019 = new OfficialForm(FormatVersion.F2019, active2019(), applications(false));

    /** The form of {@code version}. */
    public static OfficialForm of(FormatVersion version) {
        return version == FormatVersion.F2021 ? F2021 : F2019;
    }

    private static ActiveForm active2021() {
        HeaderCell decisions = HeaderCell.of("本年处理决定数量", 3);
        return new ActiveForm(
                List.of(
                        new ActiveBlock(
                                "第二十条第（一）项",
                                List.of(
                                        HeaderCell.of("信息内容", 1), HeaderCell.of("本年制发件数", 1),
                                        HeaderCell.of("本年废止件数", 1), HeaderCell.of("现行有效件数", 1)),
                                List.of(RowForm.counts("规章", "规章", 3), RowForm.counts("行政规范性文件", "行政规范性文件", 3))),
                        new ActiveBlock(
                                "第二十条第（五）项",
                                List.of(HeaderCell.of("信息内容", 1), decisions),
                                List.of(new RowForm("行政许可", "行政许可", List.of(COUNT), List.of(3)))),
                        new ActiveBlock(
                                "第二十条第（六）项",
                                List.of(HeaderCell.of("信息内容", 1), decisions),
                                List.of(
                                        new RowForm("行政处罚", "行政处罚", List.of(COUNT), List.of(3)),
                                        new RowForm("行政强制", "行政强制", List.of(COUNT), List.of(3)))),
                        new ActiveBlock(
                                "第二十条第（八）项",
                                List.of(HeaderCell.of("信息内容", 1), HeaderCell.of("本年收费金额（单位：万元）", 3)),
                                List.of(new RowForm("行政事业性收费", "行政事业性收费", List.of(AMOUNT), List.of(3))))),
                false,
                List.of(162, 162, 162, 162));
    }

    private static ActiveForm active2019() {
        List<HeaderCell> projects = List.of(
                HeaderCell.of("信息内容", 1),
                HeaderCell.of("上一年项目数量", 1),
                HeaderCell.of("本年增/减", 1),
                HeaderCell.of("处理决定数量", 1));
        List<ColumnKind> projectColumns = List.of(COUNT, CHANGE, COUNT);
        List<Integer> ones = List.of(1, 1, 1);
        return new ActiveForm(
                List.of(
                        new ActiveBlock(
                                "第二十条第（一）项",
                                List.of(
                                        HeaderCell.of("信息内容", 1), HeaderCell.of("本年新制作数量", 1),
                                        HeaderCell.of("本年新公开数量", 1), HeaderCell.of("对外公开总数量", 1)),
                                List.of(RowForm.counts("规章", "规章", 3), RowForm.counts("规范性文件", "规范性文件", 3))),
                        new ActiveBlock(
                                "第二十条第（五）项",
                                projects,
                                List.of(
                                        new RowForm("行政许可", "行政许可", projectColumns, ones),
                                        new RowForm("其他对外管理服务事项", "其他对外管理服务事项", projectColumns, ones))),
                        new ActiveBlock(
                                "第二十条第（六）项",
                                projects,
                                List.of(
                                        new RowForm("行政处罚", "行政处罚", projectColumns, ones),
                                        new RowForm("行政强制", "行政强制", projectColumns, ones))),
                        new ActiveBlock(
                                "第二十条第（八）项",
                                List.of(
                                        HeaderCell.of("信息内容", 1),
                                        HeaderCell.of("上一年项目数量", 1),
                                        HeaderCell.of("本年增/减", 2)),
                                List.of(new RowForm("行政事业性收费", "行政事业性收费", List.of(COUNT, CHANGE), List.of(1, 2)))),
                        new ActiveBlock(
                                "第二十条第（九）项",
                                List.of(
                                        HeaderCell.of("信息内容", 1),
                                        HeaderCell.of("采购项目数量", 1),
                                        HeaderCell.of("采购总金额", 2)),
                                List.of(new RowForm("政府集中采购", "政府集中采购", List.of(COUNT, AMOUNT), List.of(1, 2))))),
                true,
                List.of(180, 133, 110, 135));
    }

    private static ApplicationForm applications(boolean f2021) {
        List<String> headers =
                f2021 ? List.of("自然人", "商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", "总计") : ApplicationForm.COLUMNS;
        ResultGroup otherHandling = f2021
                ? group(
                        "其他处理", "（六）其他处理",
                        "逾期不补正", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                        "逾期未缴费", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                        "其他", "3.其他")
                : single("其他处理", "（六）其他处理");
        return new ApplicationForm(
                NOTE,
                headers,
                row("本年新收", "一、本年新收政府信息公开申请数量"),
                row("上年结转", "二、上年结转政府信息公开申请数量"),
                List.of(
                        single("予以公开", "（一）予以公开"),
                        single("部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
                        group(
                                "不予公开",
                                "（三）不予公开",
                                "属于国家秘密",
                                "1.属于国家秘密",
                                "其他法律行政法规禁止公开",
                                "2.其他法律行政法规禁止公开",
                                "危及“三安全一稳定”",
                                "3.危及“三安全一稳定”",
                                "保护第三方合法权益",
                                "4.保护第三方合法权益",
                                "属于三类内部事务信息",
                                "5.属于三类内部事务信息",
                                "属于四类过程性信息",
                                "6.属于四类过程性信息",
                                "属于行政执法案卷",
                                "7.属于行政执法案卷",
                                "属于行政查询事项",
                                "8.属于行政查询事项"),
                        group(
                                "无法提供",
                                "（四）无法提供",
                                "本机关不掌握相关政府信息",
                                "1.本机关不掌握相关政府信息",
                                "没有现成信息需要另行制作",
                                "2.没有现成信息需要另行制作",
                                "补正后申请内容仍不明确",
                                "3.补正后申请内容仍不明确"),
                        group(
                                "不予处理",
                                "（五）不予处理",
                                "信访举报投诉类申请",
                                "1.信访举报投诉类申请",
                                "重复申请",
                                "2.重复申请",
                                "要求提供公开出版物",
                                "3.要求提供公开出版物",
                                "无正当理由大量反复申请",
                                "4.无正当理由大量反复申请",
                                "要求行政机关确认或重新出具已获取信息",
                                "5.要求行政机关确认或重新出具已获取信息"),
                        otherHandling),
                row("总计", "（七）总计"),
                row("结转下年度", "四、结转下年度继续办理"),
                f2021
                        ? List.of(40, 72, 230, 44, 44, 44, 44, 44, 44, 44)
                        : List.of(40, 72, 190, 55, 51, 51, 55, 66, 48, 46));
    }

    private static RowForm row(String id, String label) {
        return RowForm.counts(id, label, ApplicationForm.COLUMNS.size());
    }

    private static ResultGroup single(String name, String label) {
        return new ResultGroup(name, label, List.of(row(name, label)));
    }

    /** A group whose rows are given as pairs of short name and printed label. */
    private static ResultGroup group(String name, String label, String... namesAndLabels) {
        List<RowForm> rows = new ArrayList<>();
        for (int i = 0; i < namesAndLabels.length; i += 2) {
            rows.add(row(name + "/" + namesAndLabels[i], namesAndLabels[i + 1]));
        }
        return new ResultGroup(name, label, rows);
    }
}
