package cn.zfxxgk.report.authoring;

import cn.zfxxgk.report.form.ActiveBlock;
import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.ResultGroup;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.FormatVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The YAML of a new, empty report: every official row with zeros, Chinese comments naming each table, row and column as
 * the printed form does, the six standard sections with a hint of what each should contain (from the notices), and a
 * signature to fill in. It validates and renders as it stands, so an author starts from a document, not a blank page.
 */
public final class Skeleton {

    /** The official template's body text for a section to be written. */
    static final String TO_WRITE = "（文字描述）";

    private final StringBuilder out = new StringBuilder();

    private Skeleton() {
    }

    /** The skeleton for {@code agency}'s report on {@code year} in {@code format}. */
    public static String of(String agency, int year, FormatVersion format) {
        Skeleton s = new Skeleton();
        s.header(agency, year, format);
        s.sections(format);
        s.active(OfficialForm.of(format));
        s.applications(OfficialForm.of(format).applications(), format);
        s.reviews();
        s.signature(agency, year);
        return s.out.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void header(String agency, int year, FormatVersion format) {
        line("# yaml-language-server: $schema=report.schema.json");
        line("# " + agency + year + "年政府信息公开工作年度报告");
        line("#");
        line("# 填写说明：");
        line("#   - 文字部分：text: | 下面每一行是一个自然段；（一）（二）……开头的段落按二级标题排版。");
        line("#   - 表格部分：每行数据写在一行方括号里，顺序与印刷表格的列相同（各表上方的注释列出了列名）。");
        line("#     ~ 表示空白格（按 0 计）；缺失 表示原始数据缺失；总计可以省略，由程序计算。");
        line("#   - 检查：java -jar gen.jar check 本文件；生成：java -jar gen.jar 本文件");
        line("format: " + format.code() + "                 # 表格格式：2021 为国办公开办函〔2021〕30号，2019 为国办公开办函〔2019〕60号");
        line("agency: " + agency + "     # 报告机关");
        line("year: " + year + "                   # 报告年度");
        line("# title:                     # 标题：删去 # 可自定义，每行一项；不写则印标准标题");
        line("#   - " + agency + year + "年政府信息公开工作年度报告");
        line("preamble: |                  # 前言：报告依据、统计期限、发布渠道等（可删去）");
        line("  本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为" + year + "年1月1日至" + year + "年12月31日。");
        line("");
    }

    private void sections(FormatVersion format) {
        line("sections:");
        section("一、总体情况", "主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等情况，一般分（一）至（五）"
                + (format == FormatVersion.F2021 ? "；重在聚焦主题、简明客观，篇幅原则上不超过一千字" : ""), TO_WRITE);
        table("二、主动公开政府信息情况", "主动公开");
        table("三、收到和处理政府信息公开申请情况", "依申请公开");
        table("四、政府信息公开行政复议、行政诉讼情况", "复议诉讼");
        section("五、存在的主要问题及改进情况", "本年度存在的主要问题及改进措施，上一年度问题的改进情况", TO_WRITE);
        if (format == FormatVersion.F2021) {
            section("六、其他需要报告的事项", "依据《政府信息公开信息处理费管理办法》收取信息处理费的情况在此专门报告",
                    "（文字描述，收取信息处理费情况在此处报告。）");
        } else {
            section("六、其他需要报告的事项", "其他需要报告的事项", TO_WRITE);
        }
        line("");
    }

    private void section(String heading, String hint, String text) {
        line("  - heading: " + heading);
        line("    # " + hint);
        line("    text: |");
        line("      " + text);
    }

    private void table(String heading, String key) {
        line("  - heading: " + heading);
        line("    table: " + key);
    }

    private void active(OfficialForm form) {
        line("# 二、主动公开政府信息情况（第二十条）");
        line("主动公开:");
        int width = width(form.active().rows());
        for (ActiveBlock block : form.active().blocks()) {
            List<String> columns = new ArrayList<>();
            for (int i = 1; i < block.header().size(); i++) {
                columns.add(block.header().get(i).text());
            }
            line("  # " + block.heading() + "：" + String.join("、", columns));
            for (RowForm row : block.rows()) {
                String values = row.columns().size() == 1 ? "0" : list(Collections.nCopies(row.columns().size(), "0"));
                line("  " + pad(row.shortName() + ":", width) + values);
            }
        }
        line("");
    }

    private void applications(ApplicationForm form, FormatVersion format) {
        String zeros = list(Collections.nCopies(ApplicationForm.COLUMNS.size(), "0"));
        line("# 三、收到和处理政府信息公开申请情况");
        line("# 列：" + String.join("、", ApplicationForm.COLUMNS) + "（总计可省略，由程序计算）");
        line("依申请公开:");
        int width = 22;
        line("  " + pad(form.received().shortName() + ":", width) + zeros + "   # " + form.received().label());
        line("  " + pad(form.carried().shortName() + ":", width) + zeros + "   # " + form.carried().label());
        line("  # 三、本年度办理结果");
        for (ResultGroup group : form.results()) {
            if (group.single()) {
                line("  " + pad(group.name() + ":", width) + zeros + "   # " + group.label());
                continue;
            }
            line("  " + group.name() + ":" + "   # " + group.label());
            for (RowForm row : group.rows()) {
                line("    " + pad(row.shortName() + ":", width - 2) + zeros + "   # " + row.label());
            }
        }
        line("  " + pad(form.total().shortName() + ":", width) + zeros + "   # " + form.total().label()
                + "（可省略，由程序计算）");
        line("  " + pad(form.carriedOver().shortName() + ":", width) + zeros + "   # " + form.carriedOver().label());
        line("");
    }

    private void reviews() {
        line("# 四、政府信息公开行政复议、行政诉讼情况");
        line("# 列：" + String.join("、", ReviewForm.COLUMNS));
        line("复议诉讼:");
        String zeros = list(Collections.nCopies(ReviewForm.COLUMNS.size(), "0"));
        line("  行政复议:          " + zeros);
        line("  未经复议直接起诉:  " + zeros + "   # 行政诉讼");
        line("  复议后起诉:        " + zeros + "   # 行政诉讼");
        line("");
    }

    private void signature(String agency, int year) {
        line("signature:                   # 落款");
        line("  agency: " + agency + "     # 发文机关署名");
        line("  date: " + (year + 1) + "-01-31            # 成文日期，印作 " + (year + 1) + "年1月31日；请按实际填写");
        line("  own_page: false            # true：落款单独成页，页首印（此页无正文）");
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }

    /** Pads {@code key} to {@code width} display columns (a Chinese character is two). */
    private static String pad(String key, int width) {
        int columns = key.codePoints().map(c -> c < 0x80 ? 1 : 2).sum();
        return key + " ".repeat(Math.max(1, width - columns));
    }

    private static int width(List<RowForm> rows) {
        return rows.stream().mapToInt(r -> r.shortName().length() * 2 + 2).max().orElse(10);
    }
}
