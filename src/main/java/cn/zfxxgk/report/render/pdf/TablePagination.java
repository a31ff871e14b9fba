package cn.zfxxgk.report.render.pdf;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.newtable.TableBox;
import com.openhtmltopdf.newtable.TableCellBox;
import com.openhtmltopdf.newtable.TableRowBox;
import com.openhtmltopdf.newtable.TableSectionBox;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Plans where the tables break across pages, from a first layout, and writes the plan into the document as forced
 * page breaks for the next layout — openhtmltopdf repeats a table's header rows correctly only after a forced break
 * ({@code page-break-before: always}), not after its own {@code page-break-inside: avoid} moved rows, and it splits a
 * row when any cell's first line still fits. The rules:
 * <ul>
 * <li>a table starts on the page where it stands when its header rows and its first two groups fit there, and
 * otherwise on the next page (with the headings kept with it);</li>
 * <li>it breaks only between rows, and never inside a group of rows joined by a row-spanning label (or headed by a
 * row spanning the whole table, as table 二's 第二十条 rows) when that group fits on a page: a group that fits on
 * no page breaks between its own groups, and a row-spanning label split so prints at the top of its first part;</li>
 * <li>every continuation page repeats the header rows.</li>
 * </ul>
 * One table is planned per layout, first to last, because moving one moves everything after it.
 */
final class TablePagination {

    /** A few points of room at the foot of a page for what the heights from the first layout do not show. */
    private static final int MARGIN = 2;

    private final List<PageBox> pages;
    private final float dotsPerPoint;

    private TablePagination(List<PageBox> pages, float dotsPerPoint) {
        this.pages = pages;
        this.dotsPerPoint = dotsPerPoint;
    }

    /**
     * Checks the tables of the laid-out document {@code root} against the rules, first to last, and writes the
     * breaks of the first one that does not follow them into its elements. Returns whether it changed the document,
     * which then needs laying out again.
     */
    static boolean plan(BlockBox root, float dotsPerPoint) {
        TablePagination pagination = new TablePagination(root.getLayer().getPages(), dotsPerPoint);
        List<TableBox> tables = new ArrayList<>();
        collect(root, tables);
        for (TableBox table : tables) {
            if (pagination.plan(table)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Box box, List<TableBox> tables) {
        if (box instanceof TableBox table) {
            tables.add(table);
            return;
        }
        for (Box child : box.getChildren()) {
            collect(child, tables);
        }
    }

    /** A run of body rows kept together where it fits, with the groups nested in it. */
    private record Group(int first, int last, List<Group> children, List<TableCellBox> labels) {}

    private boolean plan(TableBox table) {
        TableSectionBox header = null;
        List<TableRowBox> rows = new ArrayList<>();
        List<Group> spans = new ArrayList<>();
        int columns = columns(table);
        for (Box child : table.getChildren()) {
            if (child instanceof TableSectionBox section && !section.isFooter()) {
                if (section.isHeader()) {
                    header = section;
                } else {
                    spans(section, rows.size(), columns, spans);
                    section.getChildren().forEach(row -> rows.add((TableRowBox) row));
                }
            }
        }
        if (rows.isEmpty()) {
            return false;
        }
        List<Group> units = nest(spans, 0, rows.size() - 1);
        int[] heights = rows.stream().mapToInt(Box::getHeight).toArray();
        int firstTop = rows.get(0).getAbsY();
        int page = pageOf(firstTop);
        // where rows begin on a page the table continues on: below the repeated header rows and the table's border,
        // as the first layout shows it when the table already continues there, else estimated with a point to spare
        int continuation = firstTop - (header != null ? header.getAbsY() : firstTop) + Math.round(dotsPerPoint);
        for (int i = 1; i < rows.size(); i++) {
            if (pageOf(rows.get(i).getAbsY()) != pageOf(rows.get(i - 1).getAbsY())) {
                continuation = rows.get(i).getAbsY() - top(pageOf(rows.get(i).getAbsY()));
                break;
            }
        }
        int margin = Math.round(MARGIN * dotsPerPoint);
        int startTop = header != null ? header.getAbsY() : firstTop;
        int opening = 0;
        for (int i = 0; i < Math.min(2, units.size()); i++) {
            opening += height(units.get(i), heights);
        }
        boolean atTopOfPage = startTop - top(page) <= Math.round(12 * dotsPerPoint);
        if (firstTop + opening > bottom(page) - margin && !atTopOfPage) {
            Element start = keepChainStart(table);
            start.setAttribute("style", style(start, "page-break-before: always"));
            return true;
        }
        Plan plan = new Plan(page, firstTop, continuation, margin, heights);
        for (Group unit : units) {
            plan.place(unit);
        }
        List<Integer> actual = new ArrayList<>();
        boolean split = false;
        for (int i = 0; i < rows.size(); i++) {
            TableRowBox row = rows.get(i);
            if (i > 0 && pageOf(row.getAbsY()) != pageOf(rows.get(i - 1).getAbsY())) {
                actual.add(i);
            }
            split |= pageOf(row.getAbsY()) != pageOf(row.getAbsY() + row.getHeight() - 1);
        }
        boolean changed = false;
        if (split || !actual.equals(plan.breaks)) {
            for (int i : plan.breaks) {
                Element tr = rows.get(i).getElement();
                if (!style(tr, "").contains("page-break-before: always")) {
                    tr.setAttribute("style", style(tr, "page-break-before: always"));
                    changed = true;
                }
            }
        }
        for (TableCellBox label : plan.splitLabels) {
            Element td = label.getElement();
            if (!style(td, "").contains("vertical-align: top")) {
                td.setAttribute("style", style(td, "vertical-align: top"));
                changed = true;
            }
        }
        return changed;
    }

    /** Places groups page by page, breaking before a group that does not fit what is left of a page. */
    private final class Plan {
        private final int continuation;
        private final int margin;
        private final int[] heights;
        private final List<Integer> breaks = new ArrayList<>();
        private final List<TableCellBox> splitLabels = new ArrayList<>();
        private int page;
        private int at;
        private boolean pageEmpty;

        Plan(int page, int at, int continuation, int margin, int[] heights) {
            this.page = page;
            this.at = at;
            this.continuation = continuation;
            this.margin = margin;
            this.heights = heights;
        }

        void place(Group group) {
            int height = height(group, heights);
            if (at + height <= bottom(page) - margin) {
                at += height;
                pageEmpty = false;
                return;
            }
            boolean fitsAPage = continuation + height <= bottom(page + 1) - top(page + 1) - margin;
            if ((fitsAPage || group.children().isEmpty()) && !pageEmpty) {
                newPage(group.first());
                at += height;
                pageEmpty = false;
                return;
            }
            if (group.children().isEmpty()) {
                at += height; // a row taller than a page: openhtmltopdf splits it
                return;
            }
            int breaksBefore = breaks.size();
            for (Group child : group.children()) {
                place(child);
            }
            if (breaks.size() > breaksBefore) {
                splitLabels.addAll(group.labels());
            }
        }

        private void newPage(int row) {
            page++;
            at = top(page) + continuation;
            pageEmpty = true;
            breaks.add(row);
        }
    }

    /**
     * The groups of a body section: the rows a row-spanning cell covers, and the rows from a row whose single cell spans
     * the whole table (a heading such as 第二十条第（一）项) to the next such row.
     */
    private static void spans(TableSectionBox section, int offset, int columns, List<Group> spans) {
        List<Box> rows = section.getChildren();
        int headingStart = -1;
        for (int i = 0; i < rows.size(); i++) {
            List<Box> cells = rows.get(i).getChildren();
            for (Box box : cells) {
                TableCellBox cell = (TableCellBox) box;
                int rowspan = cell.getStyle().getRowSpan();
                if (rowspan > 1) {
                    spans.add(new Group(
                            offset + i,
                            offset + Math.min(i + rowspan, rows.size()) - 1,
                            new ArrayList<>(),
                            List.of(cell)));
                }
            }
            boolean heading = cells.size() == 1
                    && ((TableCellBox) cells.get(0)).getStyle().getColSpan() == columns;
            if (heading) {
                if (headingStart >= 0 && i - 1 > headingStart) {
                    spans.add(new Group(offset + headingStart, offset + i - 1, new ArrayList<>(), List.of()));
                }
                headingStart = i;
            }
        }
        if (headingStart >= 0 && rows.size() - 1 > headingStart) {
            spans.add(new Group(offset + headingStart, offset + rows.size() - 1, new ArrayList<>(), List.of()));
        }
    }

    /** The groups and single rows directly inside rows {@code first} to {@code last}, in order. */
    private static List<Group> nest(List<Group> spans, int first, int last) {
        List<Group> sorted = spans.stream()
                .sorted(Comparator.comparingInt(Group::first)
                        .thenComparing(Comparator.comparingInt(Group::last).reversed()))
                .toList();
        List<Group> units = new ArrayList<>();
        int row = first;
        while (row <= last) {
            int at = row;
            Group outer = sorted.stream()
                    .filter(span ->
                            span.first() == at && span.last() <= last && (span.first() != first || span.last() != last))
                    .findFirst()
                    .orElse(null);
            if (outer == null) {
                units.add(new Group(row, row, List.of(), List.of()));
                row++;
            } else {
                List<Group> inner = sorted.stream()
                        .filter(s -> s != outer && s.first() >= outer.first() && s.last() <= outer.last())
                        .toList();
                units.add(new Group(
                        outer.first(), outer.last(), nest(inner, outer.first(), outer.last()), outer.labels()));
                row = outer.last() + 1;
            }
        }
        return units;
    }

    private static int height(Group group, int[] heights) {
        int height = 0;
        for (int i = group.first(); i <= group.last(); i++) {
            height += heights[i];
        }
        return height;
    }

    private static int columns(TableBox table) {
        int columns = 0;
        for (Box section : table.getChildren()) {
            for (Box row : section.getChildren()) {
                int count = 0;
                for (Box cell : row.getChildren()) {
                    count += ((TableCellBox) cell).getStyle().getColSpan();
                }
                columns = Math.max(columns, count);
            }
        }
        return columns;
    }

    /**
     * The element a forced break before {@code table} goes on: the first of the headings kept with it. A table in a box
     * of its own (the template's {@code div.table-scroll}, which lets it scroll on a phone) is that box.
     */
    private static Element keepChainStart(TableBox table) {
        Box start = table;
        while (start.getParent() != null
                && start.getParent().getChildCount() == 1
                && start.getParent().getElement() != null
                && !"body".equals(start.getParent().getElement().getNodeName())) {
            start = start.getParent();
        }
        Box parent = start.getParent();
        int index = parent.getChildren().indexOf(start);
        for (int i = index - 1; i >= 0; i--) {
            Box previous = parent.getChild(i);
            if (previous.getStyle().getIdent(CSSName.PAGE_BREAK_AFTER) != IdentValue.AVOID
                    || previous.getElement() == null) {
                break;
            }
            start = previous;
        }
        return start.getElement();
    }

    private static String style(Element element, String declaration) {
        String style = element.getAttribute("style").strip();
        if (declaration.isEmpty()) {
            return style;
        }
        return style.isEmpty() ? declaration : style + (style.endsWith(";") ? " " : "; ") + declaration;
    }

    private int pageOf(int y) {
        for (int i = 0; i < pages.size(); i++) {
            if (y < pages.get(i).getBottom()) {
                return i;
            }
        }
        int last = pages.size() - 1;
        return last + (y - pages.get(last).getBottom()) / height() + 1;
    }

    private int top(int page) {
        if (page < pages.size()) {
            return pages.get(page).getTop();
        }
        int last = pages.size() - 1;
        return pages.get(last).getBottom() + (page - last - 1) * height();
    }

    private int bottom(int page) {
        return page < pages.size() ? pages.get(page).getBottom() : top(page) + height();
    }

    private int height() {
        PageBox last = pages.get(pages.size() - 1);
        return last.getBottom() - last.getTop();
    }
}
