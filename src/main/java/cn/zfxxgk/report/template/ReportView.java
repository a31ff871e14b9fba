package cn.zfxxgk.report.template;

import cn.zfxxgk.report.form.LabelWords;
import cn.zfxxgk.report.form.StandardTitle;
import cn.zfxxgk.report.layout.ColumnWidths;
import cn.zfxxgk.report.layout.Grid;
import cn.zfxxgk.report.layout.GridCell;
import cn.zfxxgk.report.layout.GridRow;
import cn.zfxxgk.report.layout.ParagraphLayout;
import cn.zfxxgk.report.layout.SignatureLayout;
import cn.zfxxgk.report.layout.TableHeaders;
import cn.zfxxgk.report.layout.TableLayout;
import cn.zfxxgk.report.layout.TitleLayout;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.model.Text;
import freemarker.template.TemplateScalarModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The report as every renderer sees it, made once per report: typed values for the renderers that lay out a document
 * themselves (the DOCX's tables and signature, every format's document properties), and, made from the same values,
 * what a template sees ({@link #model}): maps, lists and strings only, no Java objects a template could call into.
 * The template's names are documented in README.md, "What a template sees".
 */
public final class ReportView {

    /**
     * What every format states about the document in its metadata: the title as one line, the author (the agency),
     * the subject (the year's report in the form of a notice) and the language.
     */
    public record Document(String title, String author, String subject, String language) {}

    private final Report report;
    private final Document document;
    private final Map<TableKind, Grid> grids;
    private final SignatureLayout signature;

    private ReportView(Report report) {
        this.report = report;
        this.document = new Document(
                documentTitle(report),
                report.agency().value(),
                StandardTitle.subject(report.year(), report.format().notice()),
                "zh-CN");
        Map<TableKind, Grid> laidOut = new EnumMap<>(TableKind.class);
        for (Section section : report.sections()) {
            if (section.table() != null) {
                laidOut.put(
                        section.table(),
                        TableLayout.of(report.table(section.table()).orElseThrow(), report.format()));
            }
        }
        this.grids = Collections.unmodifiableMap(laidOut);
        this.signature = report.signatureBlock().map(SignatureLayout::of).orElse(null);
    }

    /** The view of {@code report}. */
    public static ReportView of(Report report) {
        return new ReportView(report);
    }

    /** The document's properties, the same in every format. */
    public Document document() {
        return document;
    }

    /** The table of {@code kind} as printed, laid out once for every format. */
    public Grid grid(TableKind kind) {
        Grid grid = grids.get(kind);
        if (grid == null) {
            throw new IllegalArgumentException("the report has no table " + kind.key());
        }
        return grid;
    }

    /** Where the signature block is placed, if the report has one. */
    public Optional<SignatureLayout> signature() {
        return Optional.ofNullable(signature);
    }

    /**
     * What a template sees: {@code report.title}, {@code report.sections}, {@code report.signature} …;
     * {@code fonts} maps each font role ({@code body}, {@code title} …) to its CSS {@code font-family} value.
     */
    public Map<String, Object> model(Map<String, String> fonts) {
        return model(fonts, () -> "");
    }

    /**
     * What a template sees, with {@code graphic}, the 图解 as SVG markup ({@code report.graphic}, placed by the
     * template with {@code ?no_esc}: it is escaped as it is written).
     */
    public Map<String, Object> model(Map<String, String> fonts, Supplier<String> graphic) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("fonts", Map.copyOf(fonts));
        view.put("format", report.format().code());
        view.put("notice", report.format().notice());
        view.put("agency", document.author());
        view.put("year", String.valueOf(report.year()));
        view.put(
                "title",
                TitleLayout.lines(
                        report.title().stream().map(Text::value).toList(),
                        report.agency().value()));
        view.put("documentTitle", document.title());
        view.put("subject", document.subject());
        view.put("preamble", paragraphs(report.preamble()));
        List<Object> sections = new ArrayList<>();
        int tables = 0;
        for (Section section : report.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("heading", section.heading().value());
            s.put("paragraphs", paragraphs(section.paragraphs()));
            if (section.table() != null) {
                tables++;
                s.put("table", grid(grid(section.table()), "t" + tables));
            }
            sections.add(s);
        }
        view.put("sections", sections);
        signature().ifPresent(layout -> view.put("signature", signature(layout)));
        view.put("graphic", (TemplateScalarModel) graphic::get); // drawn only if the template shows it
        return Map.of("report", view);
    }

    /** The title as one line, for a document's metadata: the printed lines joined, or the standard title. */
    private static String documentTitle(Report report) {
        if (!report.title().isEmpty()) {
            return String.join("", report.title().stream().map(Text::value).toList());
        }
        return StandardTitle.of(report.agency().value(), report.year());
    }

    private static List<Object> paragraphs(List<Text> texts) {
        List<Object> list = new ArrayList<>();
        for (Text text : texts) {
            ParagraphLayout.Paragraph p = ParagraphLayout.of(text);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            m.put("lead", p.lead());
            m.put("body", p.body());
            m.put("text", p.text());
            list.add(m);
        }
        return list;
    }

    /** The view of a table; {@code id} names it (and prefixes its cells' ids) uniquely in the page. */
    private static Map<String, Object> grid(Grid grid, String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", grid.kind().key());
        m.put("id", id);
        TableHeaders headers = TableHeaders.of(grid);
        m.put("columns", ColumnWidths.of(grid).stream().map(ReportView::css).toList());
        m.put("shadedItems", grid.shadedItems());
        List<Object> header = new ArrayList<>();
        List<Object> body = new ArrayList<>();
        for (int r = 0; r < grid.rows().size(); r++) {
            GridRow row = grid.rows().get(r);
            List<Object> cells = new ArrayList<>();
            List<TableHeaders.At> positions = headers.positions(r);
            for (int i = 0; i < row.cells().size(); i++) {
                GridCell cell = row.cells().get(i);
                TableHeaders.At at = positions.get(i);
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("header", TableHeaders.isHeader(cell));
                c.put("id", cellId(id, at));
                c.put("scope", scope(cell));
                c.put(
                        "headers",
                        String.join(
                                " ",
                                headers.of(at).stream().map(h -> cellId(id, h)).toList()));
                c.put("lines", cell.lines());
                c.put(
                        "words",
                        cell.role() == GridCell.Role.VALUE
                                ? cell.lines().stream().map(List::of).toList()
                                : cell.lines().stream().map(LabelWords::split).toList());
                c.put("text", cell.text());
                c.put("colspan", cell.colspan());
                c.put("rowspan", cell.rowspan());
                c.put("role", cell.role().name().toLowerCase(Locale.ROOT));
                cells.add(c);
            }
            (row.header() ? header : body).add(cells);
        }
        m.put("headerRows", header);
        m.put("rows", body);
        List<Object> groups = new ArrayList<>();
        int at = 0;
        for (List<GridRow> group : grid.bodyGroups()) {
            groups.add(body.subList(at, at + group.size()));
            at += group.size();
        }
        m.put("rowGroups", groups);
        return m;
    }

    private static String cellId(String table, TableHeaders.At at) {
        return table + "-" + (at.row() + 1) + "-" + (at.column() + 1);
    }

    /** What a header cell heads: its column or row, or the group of columns or rows it spans. */
    private static String scope(GridCell cell) {
        if (cell.role() == GridCell.Role.LABEL) {
            return cell.rowspan() > 1 ? "rowgroup" : "row";
        }
        if (cell.role() == GridCell.Role.HEADER || cell.role() == GridCell.Role.ITEM) {
            return cell.colspan() > 1 ? "colgroup" : "col";
        }
        return "";
    }

    private static Map<String, Object> signature(SignatureLayout layout) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (layout.agency() != null) {
            m.put("agency", layout.agency());
        }
        if (layout.date() != null) {
            m.put("date", layout.date());
        }
        m.put("ownPage", layout.ownPage());
        m.put("noBodyNote", SignatureLayout.NO_BODY_NOTE);
        return m;
    }

    private static String css(ColumnWidths.Width width) {
        return width.rest() ? "auto" : trim(width.amount()) + (width.em() ? "em" : "%");
    }

    private static String trim(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
