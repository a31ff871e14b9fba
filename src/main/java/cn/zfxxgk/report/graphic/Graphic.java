package cn.zfxxgk.report.graphic;

import cn.zfxxgk.report.form.ActiveBlock;
import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.form.HeaderCell;
import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.ResultGroup;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures of one report's 图解, taken from its tables and nothing else: table 二's counts row by row, table 三's
 * 本年新收 (in all and by applicant), 上年结转, each 办理结果 group's total, （七）总计 and 结转下年度, and table 四's three
 * rows; each beside the same cell of last year's report when it is given. A table the report does not have leaves its
 * part out ({@code null} or empty).
 *
 * @param agency the agency, as the report names it
 * @param year the report's year
 * @param lastYear the year of last year's report, or {@code null} when none is given
 * @param active table 二, one item per row of the form
 * @param applications table 三, or {@code null}
 * @param reviews table 四, one per row (行政复议, 未经复议直接起诉, 复议后起诉)
 */
public record Graphic(
        String agency, int year, Integer lastYear, List<Item> active, Applications applications, List<Item> reviews) {

    public Graphic {
        active = List.copyOf(active);
        reviews = List.copyOf(reviews);
    }

    /**
     * A row of table 二 or 四: its label and its numbers in the form's order (for table 四 the last is 总计).
     *
     * @param label the row's official label ({@code 规章}, {@code 行政复议}, {@code 行政诉讼 复议后起诉})
     */
    public record Item(String label, List<Figure> figures) {

        public Item {
            figures = List.copyOf(figures);
        }
    }

    /**
     * Table 三 as the graphic shows it.
     *
     * @param received 一、本年新收, 总计
     * @param applicants 一、本年新收 by kind of applicant (自然人 … 其他)
     * @param carried 二、上年结转, 总计
     * @param results each of （一）…（六）: the row's 总计, or the sum of the 总计 of its numbered rows
     * @param total （七）总计, 总计
     * @param carriedOver 四、结转下年度继续办理, 总计
     */
    public record Applications(
            Figure received,
            List<Figure> applicants,
            Figure carried,
            List<Figure> results,
            Figure total,
            Figure carriedOver) {

        public Applications {
            applicants = List.copyOf(applicants);
            results = List.copyOf(results);
        }
    }

    /** Whether last year's numbers are shown beside this year's. */
    public boolean comparesYears() {
        return lastYear != null;
    }

    /** Every figure of the graphic, in the order it is drawn. */
    public List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        active.forEach(item -> all.addAll(item.figures()));
        if (applications != null) {
            all.add(applications.received());
            all.add(applications.carried());
            all.add(applications.carriedOver());
            all.addAll(applications.applicants());
            all.addAll(applications.results());
            all.add(applications.total());
        }
        reviews.forEach(item -> all.addAll(item.figures()));
        return all;
    }

    /** The graphic of {@code report}, with last year's numbers from {@code lastYear} when it is given. */
    public static Graphic of(Report report, Optional<Report> lastYear) {
        Builder builder = new Builder(report, lastYear.orElse(null));
        return new Graphic(
                report.agency().value(),
                report.year(),
                lastYear.map(Report::year).orElse(null),
                builder.active(),
                builder.applications(),
                builder.reviews());
    }

    /** Reads the figures from the tables of this year's report and, when given, last year's. */
    private static final class Builder {

        private final Report report;
        private final Report previous;

        Builder(Report report, Report previous) {
            this.report = report;
            this.previous = previous;
        }

        List<Item> active() {
            if (report.table(TableKind.ACTIVE).isEmpty()) {
                return List.of();
            }
            List<Item> items = new ArrayList<>();
            for (ActiveBlock block : OfficialForm.of(report.format()).active().blocks()) {
                List<String> columns = columns(block);
                for (RowForm row : block.rows()) {
                    List<Figure> figures = new ArrayList<>();
                    for (int i = 0; i < row.columns().size(); i++) {
                        CellRef at = new CellRef(TableKind.ACTIVE, row.id(), columns.get(i), i);
                        figures.add(figure(columns.get(i), List.of(at)));
                    }
                    items.add(new Item(row.label(), figures));
                }
            }
            return items;
        }

        Applications applications() {
            if (report.table(TableKind.APPLICATIONS).isEmpty()) {
                return null;
            }
            ApplicationForm form = OfficialForm.of(report.format()).applications();
            List<Figure> applicants = new ArrayList<>();
            for (int i = 0; i < ApplicationForm.TOTAL; i++) {
                String column = ApplicationForm.COLUMNS.get(i);
                applicants.add(
                        figure(column, List.of(applicationCell(form.received().id(), i))));
            }
            List<Figure> results = new ArrayList<>();
            for (ResultGroup group : form.results()) {
                results.add(figure(
                        group.label().replaceFirst("（区分.*$", ""),
                        totals(group),
                        previous == null ? List.of() : previousGroup(group.name())));
            }
            return new Applications(
                    figure("本年新收", List.of(applicationCell(form.received().id(), ApplicationForm.TOTAL))),
                    applicants,
                    figure("上年结转", List.of(applicationCell(form.carried().id(), ApplicationForm.TOTAL))),
                    results,
                    figure(
                            form.total().label(),
                            List.of(applicationCell(form.total().id(), ApplicationForm.TOTAL))),
                    figure("结转下年度", List.of(applicationCell(form.carriedOver().id(), ApplicationForm.TOTAL))));
        }

        List<Item> reviews() {
            if (report.table(TableKind.REVIEWS).isEmpty()) {
                return List.of();
            }
            List<Item> items = new ArrayList<>();
            for (RowForm row : ReviewForm.ROWS) {
                List<Figure> figures = new ArrayList<>();
                for (int i = 0; i < ReviewForm.COLUMNS.size(); i++) {
                    String column = ReviewForm.COLUMNS.get(i);
                    figures.add(figure(column, List.of(new CellRef(TableKind.REVIEWS, row.id(), column, i))));
                }
                items.add(new Item(row.label(), figures));
            }
            return items;
        }

        /** The 总计 cells of a group's rows. */
        private static List<CellRef> totals(ResultGroup group) {
            return group.rows().stream()
                    .map(row -> applicationCell(row.id(), ApplicationForm.TOTAL))
                    .toList();
        }

        /** The 总计 cells of the group named {@code name} in last year's form (其他处理 is one row in 2019's). */
        private List<CellRef> previousGroup(String name) {
            return OfficialForm.of(previous.format()).applications().results().stream()
                    .filter(group -> group.name().equals(name))
                    .findFirst()
                    .map(Builder::totals)
                    .orElse(List.of());
        }

        private static CellRef applicationCell(String row, int column) {
            return new CellRef(TableKind.APPLICATIONS, row, ApplicationForm.COLUMNS.get(column), column);
        }

        /** The figure of {@code cells} in this year's report, with the same cells of last year's beside it. */
        private Figure figure(String label, List<CellRef> cells) {
            return figure(label, cells, cells);
        }

        /** The figure of {@code cells}, with last year's {@code lastYearCells} beside it. */
        private Figure figure(String label, List<CellRef> cells, List<CellRef> lastYearCells) {
            Reading now = read(report, cells);
            Reading before = previous == null || lastYearCells.isEmpty() ? null : read(previous, lastYearCells);
            return new Figure(
                    label,
                    now.text(),
                    now.value(),
                    cells,
                    before == null ? null : before.text(),
                    before == null ? 0 : before.value(),
                    lastYearCells);
        }
    }

    /** A number read from a report: as printed, and as a bar is scaled. */
    private record Reading(String text, double value) {}

    /**
     * The number of {@code cells} in {@code report}: one cell as its table prints it (a blank cell as 0, a lost one as
     * {@link Figure#UNKNOWN}), several as their sum; {@code null} when the report has no such cells (last year's, in
     * another format).
     */
    private static Reading read(Report report, List<CellRef> cells) {
        List<Cell> found = new ArrayList<>();
        for (CellRef ref : cells) {
            Optional<Cell> cell = cell(report, ref);
            if (cell.isEmpty()) {
                return null;
            }
            found.add(cell.get());
        }
        if (found.stream().anyMatch(Cell::isLost)) {
            return new Reading(Figure.UNKNOWN, 0);
        }
        if (found.size() == 1) {
            Cell cell = found.get(0);
            double value = cell.number() == null ? 0 : cell.number().doubleValue();
            return new Reading(cell.state() == Cell.State.BLANK ? "0" : cell.text(), value);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Cell cell : found) {
            sum = sum.add(cell.number() == null ? BigDecimal.ZERO : cell.number());
        }
        return new Reading(sum.toPlainString(), sum.doubleValue());
    }

    /**
     * The cell {@code ref} names in {@code report}: in table 二 the column is found by its name in the report's own form
     * (last year's may be of the other format, whose columns differ).
     */
    static Optional<Cell> cell(Report report, CellRef ref) {
        Optional<Table> table = report.table(ref.table());
        if (table.isEmpty() || !table.get().rows().containsKey(ref.row())) {
            return Optional.empty();
        }
        int index = ref.index();
        if (ref.table() == TableKind.ACTIVE) {
            OfficialForm form = OfficialForm.of(report.format());
            Optional<RowForm> row = form.active().rows().stream()
                    .filter(r -> r.id().equals(ref.row()))
                    .findFirst();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            index = columns(form.active().blockOf(row.get())).indexOf(ref.column());
        }
        List<Cell> cells = table.get().row(ref.row());
        return index < 0 || index >= cells.size() ? Optional.empty() : Optional.of(cells.get(index));
    }

    /** The names of a table 二 block's value columns, without line breaks ({@code 信息内容} left out). */
    private static List<String> columns(ActiveBlock block) {
        return block.header().stream()
                .skip(1)
                .map(HeaderCell::text)
                .map(text -> text.replace("\n", ""))
                .toList();
    }
}
