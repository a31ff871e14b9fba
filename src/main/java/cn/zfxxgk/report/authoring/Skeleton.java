package cn.zfxxgk.report.authoring;

import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.OfficialSections;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.form.StandardTitle;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.ReportFacts;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.model.Signature;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.model.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML of a new, empty report: every official row with zeros, Chinese comments naming each table, row and column as
 * the printed form does, the six standard sections with a hint of what each should contain (from the notices), and a
 * signature to fill in. It validates and renders as it stands, so an author starts from a document, not a blank page.
 * The layout is {@link ReportYaml}'s, the same as an imported report's.
 */
public final class Skeleton {

    /** The official template's body text for a section to be written. */
    static final String TO_WRITE = "（文字描述）";

    private Skeleton() {}

    /** The skeleton for {@code agency}'s report on {@code year} in {@code format}. */
    public static String of(String agency, int year, FormatVersion format) {
        return of(agency, year, format, zeros(OfficialForm.of(format)), List.of(), List.of());
    }

    /**
     * The skeleton with {@code tables} filled in and {@code trailer} as comments at its end: how {@code gen sum} writes
     * a 汇总 report whose numbers are its units' and whose text is still to be written, naming its {@code units}
     * (files relative to the 汇总) so that {@code check} can compare the tables with them again (HIER-SUM).
     */
    public static String of(
            String agency,
            int year,
            FormatVersion format,
            Map<TableKind, Table> tables,
            List<String> trailer,
            List<String> units) {
        Text none = new Text("", Position.NONE);
        List<Section> sections = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        section(
                sections,
                hints,
                OfficialSections.OVERVIEW,
                "主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等情况，一般分（一）至（五）"
                        + (format == FormatVersion.F2021 ? "；重在聚焦主题、简明客观，篇幅原则上不超过一千字" : ""),
                TO_WRITE,
                null);
        section(sections, hints, TableKind.ACTIVE.title(), null, null, TableKind.ACTIVE);
        section(sections, hints, TableKind.APPLICATIONS.title(), null, null, TableKind.APPLICATIONS);
        section(sections, hints, TableKind.REVIEWS.title(), null, null, TableKind.REVIEWS);
        section(sections, hints, OfficialSections.PROBLEMS, "本年度存在的主要问题及改进措施，上一年度问题的改进情况", TO_WRITE, null);
        if (format == FormatVersion.F2021) {
            section(
                    sections,
                    hints,
                    OfficialSections.OTHER,
                    "依据《政府信息公开信息处理费管理办法》收取信息处理费的情况在此专门报告",
                    "（文字描述，收取信息处理费情况在此处报告。）",
                    null);
        } else {
            section(sections, hints, OfficialSections.OTHER, "其他需要报告的事项", TO_WRITE, null);
        }
        Report report = new Report(
                format,
                new Text(agency, Position.NONE),
                year,
                List.of(none),
                List.of(new Text(
                        "本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为" + year + "年1月1日至" + year + "年12月31日。", Position.NONE)),
                sections,
                tables,
                new Signature(new Text(agency, Position.NONE), LocalDate.of(year + 1, 1, 31), Position.NONE, false),
                new ReportFacts(
                        null,
                        Position.NONE,
                        null,
                        Position.NONE,
                        null,
                        null,
                        Position.NONE,
                        units.stream().map(u -> new Text(u, Position.NONE)).toList()));
        return ReportYaml.of(
                report,
                new ReportYaml.Notes(
                        List.of(
                                "yaml-language-server: $schema=report.schema.json",
                                StandardTitle.of(agency, year),
                                "",
                                "填写说明：",
                                "  - 文字部分：text: | 下面每一行是一个自然段；（一）（二）……开头的段落按二级标题排版。",
                                "  - 表格部分：每行数据写在一行方括号里，顺序与印刷表格的列相同（各表上方的注释列出了列名）。",
                                "    ~ 表示空白格（按 0 计）；缺失 表示原始数据缺失；总计可以省略，由程序计算。",
                                "  - 检查：java -jar gen.jar check 本文件；生成：java -jar gen.jar 本文件",
                                "  - 可选（供检查发布时限、信息处理费和上年报告，见 docs/rules.md）：agency_kind: 部门（乡镇、本级、县汇总、市汇总、",
                                "    省汇总、垂直）；published: 发布日期；information_fee: {charged: false, cases: 0, amount_yuan: 0}；",
                                "    previous: 上年报告.yaml；汇总报告另有 units: 各单位报告的文件列表"),
                        hints,
                        "前言：报告依据、统计期限、发布渠道等（可删去）",
                        true,
                        true,
                        trailer));
    }

    private static void section(
            List<Section> sections, List<String> hints, String heading, String hint, String text, TableKind table) {
        sections.add(new Section(
                new Text(heading, Position.NONE),
                text == null ? List.of() : List.of(new Text(text, Position.NONE)),
                table));
        hints.add(hint);
    }

    /** Every table of {@code form} with a 0 in every cell. */
    private static Map<TableKind, Table> zeros(OfficialForm form) {
        Map<TableKind, Table> tables = new EnumMap<>(TableKind.class);
        tables.put(TableKind.ACTIVE, table(TableKind.ACTIVE, form.active().rows()));
        tables.put(
                TableKind.APPLICATIONS,
                table(TableKind.APPLICATIONS, form.applications().rows()));
        tables.put(TableKind.REVIEWS, table(TableKind.REVIEWS, ReviewForm.ROWS));
        return tables;
    }

    private static Table table(TableKind kind, List<RowForm> rows) {
        Map<String, List<Cell>> values = new LinkedHashMap<>();
        Cell zero = Cell.written("0", BigDecimal.ZERO, Position.NONE);
        rows.forEach(
                row -> values.put(row.id(), Collections.nCopies(row.columns().size(), zero)));
        return new Table(kind, values, Position.NONE);
    }
}
