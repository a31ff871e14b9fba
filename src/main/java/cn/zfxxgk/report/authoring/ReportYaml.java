package cn.zfxxgk.report.authoring;

import cn.zfxxgk.report.data.YamlScalars;
import cn.zfxxgk.report.form.ActiveBlock;
import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.ResultGroup;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.form.StandardTitle;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.InformationFee;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.ReportFacts;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.model.Signature;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.model.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes a report as YAML laid out like the printed form and the seed files: the structure keys, each section's text
 * as a block of paragraphs, each official table with Chinese comments naming its blocks, rows and columns, one row a
 * line in the form's column order ({@code ~} a blank cell, {@code 缺失} a lost one), and the signature. Every value is
 * written so that the report reader gives it back unchanged (see {@link YamlScalars}). Used by {@code gen init} for a
 * new report's skeleton and by {@code gen import} for a published one.
 */
public final class ReportYaml {

    /**
     * What goes around the data: comment lines at the top and the end, a hint comment per section (by index; absent
     * entries write none), a hint above the preamble, and whether the title is written as a commented-out example
     * (so that the standard title is printed) instead of as the report's lines.
     */
    public record Notes(
            List<String> header,
            List<String> sectionHints,
            String preambleHint,
            boolean exampleTitle,
            boolean signatureHints,
            List<String> trailer) {

        public Notes {
            header = List.copyOf(header);
            sectionHints = Collections.unmodifiableList(new ArrayList<>(sectionHints)); // null: no hint
            trailer = List.copyOf(trailer);
        }
    }

    private static final String BLANK = "~";
    private static final String LOST = "缺失";

    private final StringBuilder out = new StringBuilder();
    private final YamlScalars scalars = new YamlScalars();

    private ReportYaml() {}

    /** The YAML of {@code report} with {@code notes} around it. */
    public static String of(Report report, Notes notes) {
        ReportYaml yaml = new ReportYaml();
        yaml.write(report, notes);
        return yaml.out.toString();
    }

    private void write(Report report, Notes notes) {
        notes.header().forEach(h -> line(h.isEmpty() ? "#" : "# " + h));
        line("format: " + report.format().code()
                + "                 # 表格格式：2021 为国办公开办函〔2021〕30号，2019 为国办公开办函〔2019〕60号");
        line("agency: " + scalars.block(report.agency().value()) + "     # 报告机关");
        line("year: " + report.year() + "                   # 报告年度");
        facts(report.facts());
        title(report, notes);
        if (!report.preamble().isEmpty()) {
            line("preamble: |" + (notes.preambleHint() == null ? "" : "                  # " + notes.preambleHint()));
            report.preamble().forEach(p -> line("  " + p.value()));
        }
        line("");
        sections(report, notes);
        OfficialForm form = OfficialForm.of(report.format());
        report.table(TableKind.ACTIVE).ifPresent(t -> active(form, t));
        report.table(TableKind.APPLICATIONS).ifPresent(t -> applications(form.applications(), t));
        report.table(TableKind.REVIEWS).ifPresent(this::reviews);
        report.signatureBlock().ifPresent(s -> signature(s, notes.signatureHints()));
        if (!notes.trailer().isEmpty()) {
            line("");
            notes.trailer().forEach(t -> line(t.isEmpty() ? "#" : "# " + t));
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void title(Report report, Notes notes) {
        if (notes.exampleTitle()) {
            line("# title:                     # 标题：删去 # 可自定义，每行一项；不写则印标准标题");
            line("#   - " + StandardTitle.of(report.agency().value(), report.year()));
            return;
        }
        if (report.title().isEmpty()) {
            line("title: []                    # 原报告没有印标题");
            return;
        }
        line("title:                       # 标题，每行一项");
        for (Text t : report.title()) {
            line("  - " + scalars.block(t.value()));
        }
    }

    private void sections(Report report, Notes notes) {
        line("sections:");
        for (int i = 0; i < report.sections().size(); i++) {
            Section section = report.sections().get(i);
            line("  - heading: " + scalars.block(section.heading().value()));
            String hint = i < notes.sectionHints().size() ? notes.sectionHints().get(i) : null;
            if (hint != null) {
                line("    # " + hint);
            }
            if (!section.paragraphs().isEmpty()) {
                line("    text: |");
                section.paragraphs().forEach(p -> line("      " + p.value()));
            }
            if (section.table() != null) {
                line("    table: " + section.table().key());
            }
        }
        line("");
    }

    private void active(OfficialForm form, Table table) {
        line("# " + TableKind.ACTIVE.title() + "（第二十条）");
        line("主动公开:");
        int width = form.active().rows().stream()
                .mapToInt(r -> r.shortName().length() * 2 + 2)
                .max()
                .orElse(10);
        for (ActiveBlock block : form.active().blocks()) {
            List<String> columns = new ArrayList<>();
            for (int i = 1; i < block.header().size(); i++) {
                columns.add(block.header().get(i).text());
            }
            line("  # " + block.heading() + "：" + String.join("、", columns));
            for (RowForm row : block.rows()) {
                List<Cell> cells = table.row(row.id());
                String values = cells.size() == 1 ? single(cells.get(0)) : list(cells);
                line("  " + pad(row.shortName() + ":", width) + values);
            }
        }
        line("");
    }

    private void applications(ApplicationForm form, Table table) {
        line("# " + TableKind.APPLICATIONS.title());
        line("# 列：" + String.join("、", ApplicationForm.COLUMNS) + "（总计可省略，由程序计算）");
        line("依申请公开:");
        int width = 22;
        int listWidth = form.rows().stream()
                .mapToInt(r -> displayWidth(list(table.row(r.id()))))
                .max()
                .orElse(0);
        row(form.received(), table, width, listWidth, form.received().label(), "  ");
        row(form.carried(), table, width, listWidth, form.carried().label(), "  ");
        line("  # 三、本年度办理结果");
        for (ResultGroup group : form.results()) {
            if (group.single()) {
                row(group.rows().get(0), table, width, listWidth, group.label(), "  ");
                continue;
            }
            line("  " + group.name() + ":" + "   # " + group.label());
            for (RowForm row : group.rows()) {
                row(row, table, width - 2, listWidth, row.label(), "    ");
            }
        }
        row(form.total(), table, width, listWidth, form.total().label() + "（可省略，由程序计算）", "  ");
        row(form.carriedOver(), table, width, listWidth, form.carriedOver().label(), "  ");
        line("");
    }

    private void row(RowForm row, Table table, int width, int listWidth, String comment, String indent) {
        line(indent + pad(row.shortName() + ":", width) + pad(list(table.row(row.id())), listWidth) + "   # "
                + comment);
    }

    private void reviews(Table table) {
        line("# " + TableKind.REVIEWS.title());
        line("# 列：" + String.join("、", ReviewForm.COLUMNS));
        line("复议诉讼:");
        int listWidth = ReviewForm.ROWS.stream()
                .mapToInt(r -> displayWidth(list(table.row(r.id()))))
                .max()
                .orElse(0);
        line("  行政复议:          " + list(table.row(ReviewForm.ROWS.get(0).id())));
        line("  未经复议直接起诉:  " + pad(list(table.row(ReviewForm.ROWS.get(1).id())), listWidth) + "   # 行政诉讼");
        line("  复议后起诉:        " + pad(list(table.row(ReviewForm.ROWS.get(2).id())), listWidth) + "   # 行政诉讼");
        line("");
    }

    /** The keys only the reviewers' rules read, each when given. */
    private void facts(ReportFacts facts) {
        if (facts.kind() != null) {
            line("agency_kind: " + facts.kind().key() + "            # 机关类型，决定发布时限");
        }
        if (facts.published() != null) {
            line("published: " + facts.published() + "        # 发布日期");
        }
        InformationFee fee = facts.fee();
        if (fee != null) {
            line("information_fee:             # 信息处理费，第六部分应与之一致");
            line("  charged: " + fee.charged());
            if (fee.cases() != null) {
                line("  cases: " + fee.cases());
            }
            if (fee.amountYuan() != null) {
                line("  amount_yuan: " + fee.amountYuan().toPlainString() + "              # 元");
            }
        }
        if (facts.previous() != null) {
            line("previous: " + scalars.block(facts.previous()) + "     # 上年报告");
        }
        if (!facts.units().isEmpty()) {
            line("units:                       # 汇总的下级单位报告，相对本文件");
            facts.units().forEach(unit -> line("  - " + scalars.block(unit.value())));
        }
    }

    private void signature(Signature signature, boolean hints) {
        line("signature:                   # 落款");
        if (signature.agency() != null) {
            line("  agency: " + scalars.block(signature.agency().value()) + "     # 发文机关署名");
        }
        if (signature.date() != null) {
            line("  date: " + signature.date() + "            # 成文日期，印作 "
                    + signature.date().getYear() + "年"
                    + signature.date().getMonthValue() + "月" + signature.date().getDayOfMonth() + "日"
                    + (hints ? "；请按实际填写" : ""));
        }
        line("  own_page: " + signature.ownPage() + "            # true：落款单独成页，页首印（此页无正文）");
    }

    private String single(Cell cell) {
        return switch (cell.state()) {
            case BLANK -> BLANK;
            case LOST -> LOST;
            default -> scalars.block(cell.text());
        };
    }

    private String list(List<Cell> cells) {
        List<String> values = new ArrayList<>();
        for (Cell cell : cells) {
            values.add(
                    switch (cell.state()) {
                        case BLANK -> BLANK;
                        case LOST -> LOST;
                        default -> scalars.flow(cell.text());
                    });
        }
        return "[" + String.join(", ", values) + "]";
    }

    /** Pads {@code text} to {@code width} display columns (a Chinese character is two). */
    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - displayWidth(text)));
    }

    private static int displayWidth(String text) {
        return text.codePoints().map(c -> c < 0x80 ? 1 : 2).sum();
    }
}
