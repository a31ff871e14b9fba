package cn.zfxxgk.report.authoring;

import cn.zfxxgk.report.form.ActiveForm;
import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.form.ColumnKind;
import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.ResultGroup;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.AgencyKind;
import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.problem.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft-07) of a report file, with Chinese titles and descriptions, made from the official forms so
 * that it names exactly the rows and columns the engine reads. YAML editors (VS Code, JetBrains) use it to complete keys
 * and flag mistakes while the author types; the engine still checks everything the schema cannot say (dates of the
 * calendar, the 勾稽 rules, duplicate keys).
 */
public final class ReportSchema {

    private ReportSchema() {}

    /** The schema as JSON text. */
    public static String json() {
        return Json.write(schema());
    }

    private static Map<String, Object> schema() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("$schema", "http://json-schema.org/draft-07/schema#");
        s.put("title", "政府信息公开工作年度报告");
        s.put("description", "一份政府信息公开工作年度报告的数据（java -jar gen.jar 生成 HTML、PDF）。");
        s.put("type", "object");
        s.put("required", List.of("format", "agency", "year", "sections"));
        s.put("additionalProperties", false);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(
                "format",
                described(
                        "表格格式",
                        "2021：国办公开办函〔2021〕30号；2019：国办公开办函〔2019〕60号",
                        obj("enum", List.of(2021, 2019, "2021", "2019"))));
        p.put("agency", described("报告机关", "发布本报告的行政机关，如 巴里坤县人民政府", nonEmptyText()));
        p.put(
                "year",
                described(
                        "报告年度",
                        "报告所统计的年度，如 2023",
                        obj(
                                "anyOf",
                                List.of(
                                        obj("type", "integer", "minimum", 2008, "maximum", 2100),
                                        obj("type", "string", "pattern", "^(20[0-9]{2}|2100)$")))));
        p.put("title", described("标题", "每行一项；不写则印标准标题；[] 表示不印标题", textOrLines()));
        p.put("preamble", described("前言", "一、之前的段落；每行一段", textOrLines()));
        p.put("sections", described("正文各部分", "按印刷顺序；heading 照原文", sections()));
        for (TableKind kind : TableKind.values()) {
            p.put(kind.key(), described(kind.title(), "各行照印刷表格的行名填写，每行一行", obj("type", "object")));
        }
        p.put("signature", described("落款", "发文机关署名和成文日期（均可省略）", signature()));
        p.put(
                "agency_kind",
                described(
                        "机关类型",
                        "决定发布时限（gen check 的 TIME-DEADLINE）：部门、乡镇、本级 1月31日，" + "县汇总 2月20日，市汇总 3月10日，省汇总、垂直 3月31日",
                        obj(
                                "enum",
                                Arrays.stream(AgencyKind.values())
                                        .map(AgencyKind::key)
                                        .toList())));
        p.put("published", described("发布日期", "报告在网站公开的日期，如 2024-01-20（TIME-DEADLINE）", dateOrNull()));
        p.put("information_fee", described("信息处理费", "本年收取信息处理费的情况，第六部分应与之一致（FEE-SEC6）", informationFee()));
        p.put(
                "previous",
                described(
                        "上年报告",
                        "上年报告的 YAML 文件，相对本文件，如 balikun-2022.yaml；用于跨年检查",
                        obj("type", List.of("string", "null"))));
        p.put(
                "units",
                described(
                        "下级单位报告",
                        "汇总报告的各单位报告 YAML 文件，相对本文件，每项一个；表格每格应等于各单位之和" + "（HIER-SUM）",
                        obj("anyOf", List.of(obj("type", "array", "items", nonEmptyText()), obj("type", "null")))));
        s.put("properties", p);
        s.put("allOf", List.of(byFormat(FormatVersion.F2021), byFormat(FormatVersion.F2019)));
        s.put("definitions", definitions());
        return s;
    }

    private static Map<String, Object> byFormat(FormatVersion version) {
        OfficialForm form = OfficialForm.of(version);
        Map<String, Object> tables = new LinkedHashMap<>();
        tables.put(TableKind.ACTIVE.key(), active(form.active()));
        tables.put(TableKind.APPLICATIONS.key(), applications(form.applications()));
        tables.put(TableKind.REVIEWS.key(), reviews());
        Map<String, Object> condition = obj(
                "properties",
                obj("format", obj("enum", List.of(Integer.parseInt(version.code()), version.code()))),
                "required",
                List.of("format"));
        return obj("if", condition, "then", obj("properties", tables));
    }

    private static Map<String, Object> active(ActiveForm form) {
        Map<String, Object> rows = new LinkedHashMap<>();
        for (RowForm row : form.rows()) {
            List<String> columns = new ArrayList<>();
            var header = form.blockOf(row).header();
            for (int i = 1; i < header.size(); i++) {
                columns.add(header.get(i).text());
            }
            List<Object> cells = new ArrayList<>();
            row.columns()
                    .forEach(kind -> cells.add(ref(
                            kind == ColumnKind.COUNT
                                    ? "annotatedCount"
                                    : kind == ColumnKind.CHANGE ? "change" : "amount")));
            String description = form.blockOf(row).heading() + "：" + String.join("、", columns);
            rows.put(row.shortName(), described(row.label(), description, row(cells, cells.size())));
        }
        return table(rows, form.rows().stream().map(RowForm::shortName).toList());
    }

    private static Map<String, Object> applications(ApplicationForm form) {
        Map<String, Object> rows = new LinkedHashMap<>();
        String columns = "列：" + String.join("、", ApplicationForm.COLUMNS) + "（总计可省略）";
        List<String> required = new ArrayList<>();
        for (RowForm row : List.of(form.received(), form.carried())) {
            rows.put(row.shortName(), described(row.label(), columns, ref("applicationRow")));
            required.add(row.shortName());
        }
        for (ResultGroup group : form.results()) {
            required.add(group.name());
            if (group.single()) {
                rows.put(group.name(), described("三、本年度办理结果 " + group.label(), columns, ref("applicationRow")));
                continue;
            }
            Map<String, Object> items = new LinkedHashMap<>();
            for (RowForm row : group.rows()) {
                items.put(row.shortName(), described(row.label(), columns, ref("applicationRow")));
            }
            rows.put(
                    group.name(),
                    described(
                            "三、本年度办理结果 " + group.label(),
                            "各项分行填写",
                            table(
                                    items,
                                    group.rows().stream()
                                            .map(RowForm::shortName)
                                            .toList())));
        }
        rows.put(
                form.total().shortName(),
                described(form.total().label(), columns + "；可省略，由程序计算", ref("applicationRow")));
        rows.put(form.carriedOver().shortName(), described(form.carriedOver().label(), columns, ref("applicationRow")));
        required.add(form.carriedOver().shortName());
        return table(rows, required);
    }

    private static Map<String, Object> reviews() {
        Map<String, Object> rows = new LinkedHashMap<>();
        String columns = "列：" + String.join("、", ReviewForm.COLUMNS) + "（总计可省略）";
        for (RowForm row : ReviewForm.ROWS) {
            rows.put(
                    row.shortName(),
                    described(row.label(), columns, row(List.of(ref("count")), ReviewForm.COLUMNS.size())));
        }
        return table(rows, ReviewForm.ROWS.stream().map(RowForm::shortName).toList());
    }

    private static Map<String, Object> table(Map<String, Object> rows, List<String> required) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("type", "object");
        t.put("required", required);
        t.put("additionalProperties", false);
        t.put("properties", rows);
        return t;
    }

    /** A row of cells; a row of {@code n} counts whose last (总计) may be left out when {@code cells} is one ref. */
    private static Map<String, Object> row(List<Object> cells, int n) {
        if (cells.size() == 1 && n == 1) {
            return obj(
                    "anyOf", List.of(cells.get(0), obj("type", "array", "items", cells, "minItems", 1, "maxItems", 1)));
        }
        if (cells.size() == 1) {
            return obj("type", "array", "items", cells.get(0), "minItems", n - 1, "maxItems", n);
        }
        return obj(
                "type",
                "array",
                "items",
                cells,
                "minItems",
                cells.size(),
                "maxItems",
                cells.size(),
                "additionalItems",
                false);
    }

    private static Map<String, Object> sections() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("type", "object");
        section.put("required", List.of("heading"));
        section.put("additionalProperties", false);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("heading", described("标题", "照原文，如 一、总体情况", nonEmptyText()));
        p.put("text", described("正文", "每行一段；（一）开头的段落按二级标题排版", textOrLines()));
        p.put(
                "table",
                described(
                        "表格",
                        "本部分显示的表格",
                        obj(
                                "enum",
                                List.of(
                                        TableKind.ACTIVE.key(),
                                        TableKind.APPLICATIONS.key(),
                                        TableKind.REVIEWS.key()))));
        section.put("properties", p);
        return obj("type", "array", "items", section);
    }

    private static Map<String, Object> dateOrNull() {
        return obj(
                "anyOf",
                List.of(
                        obj(
                                "type",
                                "string",
                                "pattern",
                                "^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$"),
                        obj("type", "null")));
    }

    private static Map<String, Object> informationFee() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("charged", described("是否收取", "true 或 false", obj("type", "boolean")));
        p.put("cases", described("收费件数", "0 或正整数", obj("type", "integer", "minimum", 0)));
        p.put("amount_yuan", described("收费金额（元）", "单位为元，不是表二的万元", obj("type", "number", "minimum", 0)));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("additionalProperties", false);
        s.put("properties", p);
        return s;
    }

    private static Map<String, Object> signature() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("agency", described("发文机关署名", "如 巴里坤县人民政府办公室", obj("type", List.of("string", "null"))));
        p.put("date", described("成文日期", "如 2024-01-10，印作 2024年1月10日", dateOrNull()));
        p.put("own_page", described("落款单独成页", "true：落款单独成页，页首印（此页无正文）", obj("type", "boolean")));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("additionalProperties", false);
        s.put("properties", p);
        return s;
    }

    private static Map<String, Object> definitions() {
        Map<String, Object> d = new LinkedHashMap<>();
        Map<String, Object> blank = obj("anyOf", List.of(obj("type", "null"), obj("const", ""), obj("const", "缺失")));
        d.put("blank", described("空白或缺失", "~ 为空白格（按 0 计）；缺失 为原始数据缺失", blank));
        d.put(
                "count",
                described(
                        "件数",
                        "0 或正整数；~ 空白；缺失",
                        obj(
                                "anyOf",
                                List.of(
                                        obj("type", "integer", "minimum", 0, "maximum", 999_999_999),
                                        obj("type", "string", "pattern", "^[0-9]{1,9}$"),
                                        ref("blank")))));
        d.put(
                "annotatedCount",
                described(
                        "件数",
                        "整数，可带注释，如 15（含失效的8件）",
                        obj(
                                "anyOf",
                                List.of(
                                        obj("type", "integer", "minimum", 0),
                                        obj("type", "string", "pattern", "^[0-9]+([^0-9.．].*)?$"),
                                        ref("blank")))));
        d.put(
                "change",
                described(
                        "本年增/减",
                        "照原文，如 -18、增 530、减1",
                        obj(
                                "anyOf",
                                List.of(obj("type", "integer"), obj("type", "string", "minLength", 1), ref("blank")))));
        d.put(
                "amount",
                described(
                        "金额",
                        "照原文，如 3130.24、7113万元",
                        obj(
                                "anyOf",
                                List.of(
                                        obj("type", "number", "minimum", 0),
                                        obj("type", "string", "pattern", "^[0-9]+(\\.[0-9]+)?([^0-9.].*)?$"),
                                        ref("blank")))));
        d.put(
                "applicationRow",
                described(
                        "申请人情况",
                        "自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计（总计可省略）",
                        row(List.of(ref("count")), ApplicationForm.COLUMNS.size())));
        return d;
    }

    private static Map<String, Object> nonEmptyText() {
        return obj("anyOf", List.of(obj("type", "string", "minLength", 1), obj("type", "number")));
    }

    private static Map<String, Object> textOrLines() {
        return obj("anyOf", List.of(obj("type", "string"), obj("type", "array", "items", obj("type", "string"))));
    }

    private static Map<String, Object> ref(String name) {
        return obj("$ref", "#/definitions/" + name);
    }

    /** An object with its keys in the order given, so the schema's text is the same on every run. */
    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> described(String title, String description, Map<String, Object> schema) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("description", description);
        m.putAll(schema);
        return m;
    }
}
