package cn.zfxxgk.report.ingest.pdf;

import cn.zfxxgk.report.ingest.Block;
import cn.zfxxgk.report.ingest.Findings;
import cn.zfxxgk.report.ingest.ImportMessages;
import cn.zfxxgk.report.ingest.Origin;
import cn.zfxxgk.report.ingest.Slot;
import cn.zfxxgk.report.ingest.SourceDocument;
import cn.zfxxgk.report.ingest.SourceParagraph;
import cn.zfxxgk.report.ingest.SourceReader;
import cn.zfxxgk.report.ingest.SourceTable;
import cn.zfxxgk.report.ingest.Texts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF with a text layer as blocks. A plain text extraction loses blank cells and interleaves wrapped labels with
 * their neighbours' values; here every table is rebuilt from its ruling lines and every glyph put into the cell it
 * stands in. Text outside tables is joined into paragraphs by layout: a line indented at the start, or following a
 * line that stops short of the right margin, starts a new paragraph; a paragraph may run on to the next page. Page
 * numbers ({@code — 1 —}) are left out.
 */
public final class PdfSource implements SourceReader {

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^[—–\\-－]?\\s*\\d{1,3}\\s*[—–\\-－]?$|^第\\s*\\d+\\s*页.*");

    /** GB/T 9704's note heading a signature page: a line of its own wherever it stands. */
    private static final String NO_BODY = "（此页无正文）";

    private final List<Block> blocks = new ArrayList<>();
    private int invisible;
    /** The paragraph being built, kept open across a page break. */
    private StringBuilder open;

    private Origin openAt;
    private boolean openTitle;
    private Line lastLine;
    private float lastRight;
    /** The column edges of the table last added, while it is the last block: a table on the next page may go on. */
    private List<Float> lastTableEdges = List.of();

    /** A line of text outside the tables. */
    private record Line(String text, float left, float right, float baseline, float size, Origin at) {}

    @Override
    public SourceDocument read(byte[] bytes, Findings findings) throws Unreadable {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Map<Integer, List<Glyph>> glyphs = glyphs(document);
            int count = glyphs.values().stream().mapToInt(List::size).sum();
            if (count == 0) {
                throw new Unreadable(ImportMessages.scanned(document.getNumberOfPages()));
            }
            List<PageLayout> pages = new ArrayList<>();
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                pages.add(layout(p + 1, document.getPage(p), glyphs.getOrDefault(p + 1, List.of())));
            }
            // the margins of the text block, from all pages: a page of two indented lines has no line at the margin
            float left = (float) pages.stream()
                    .flatMap(l -> l.lines().stream())
                    .mapToDouble(Line::left)
                    .min()
                    .orElse(0);
            float right = (float) pages.stream()
                    .flatMap(l -> l.lines().stream())
                    .mapToDouble(Line::right)
                    .max()
                    .orElse(0);
            for (PageLayout page : pages) {
                for (RuledTable table : page.tables()) {
                    left = Math.min(left, table.left());
                    right = Math.max(right, table.right());
                }
            }
            float body =
                    bodySize(pages.stream().flatMap(l -> l.lines().stream()).toList());
            for (PageLayout page : pages) {
                emit(page, left, right, body);
            }
            close();
            String title = document.getDocumentInformation().getTitle();
            return new SourceDocument(blocks, title == null ? "" : Texts.clean(title), invisible);
        } catch (InvalidPasswordException e) {
            throw new Unreadable(ImportMessages.pdfPassword());
        } catch (IOException e) {
            throw new Unreadable(ImportMessages.pdfDamaged());
        }
    }

    /** Every glyph of every page, by page number. */
    private static Map<Integer, List<Glyph>> glyphs(PDDocument document) throws IOException {
        Map<Integer, List<Glyph>> all = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                String unicode = text.getUnicode();
                if (unicode == null || unicode.isEmpty()) {
                    return;
                }
                all.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>())
                        .add(new Glyph(
                                unicode,
                                text.getXDirAdj(),
                                text.getYDirAdj(),
                                text.getWidthDirAdj(),
                                text.getFontSizeInPt()));
            }
        };
        stripper.setSortByPosition(false);
        stripper.getText(document);
        return all;
    }

    /** One page's tables (with the glyphs inside each) and its lines of text outside them. */
    private record PageLayout(
            int number, List<RuledTable> tables, Map<RuledTable, List<Glyph>> inTables, List<Line> lines) {}

    private PageLayout layout(int number, PDPage page, List<Glyph> glyphs) throws IOException {
        List<RuledTable> tables = RuledTable.find(PageContent.of(page).rules());
        Map<RuledTable, List<Glyph>> inTables = new LinkedHashMap<>();
        tables.forEach(t -> inTables.put(t, new ArrayList<>()));
        List<Glyph> outside = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            RuledTable table = tables.stream()
                    .filter(t -> t.contains(glyph.centreX(), glyph.centreY()))
                    .findFirst()
                    .orElse(null);
            (table == null ? outside : inTables.get(table)).add(glyph);
        }
        return new PageLayout(number, tables, inTables, lines(outside, number));
    }

    private void emit(PageLayout page, float left, float right, float body) {
        List<RuledTable> tables = page.tables();
        int t = 0;
        for (Line line : page.lines()) {
            while (t < tables.size() && tables.get(t).top() < line.baseline()) {
                table(tables.get(t), page.inTables().get(tables.get(t)), page.number(), t + 1);
                t++;
            }
            line(line, left, right, body);
        }
        while (t < tables.size()) {
            table(tables.get(t), page.inTables().get(tables.get(t)), page.number(), t + 1);
            t++;
        }
    }

    /** The most common font size of the page's lines: the body text's. */
    private static float bodySize(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        lines.forEach(l -> counts.merge(Math.round(l.size()), l.text().length(), Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(16);
    }

    /** Groups glyphs into lines by baseline, left to right; page numbers are dropped. */
    private List<Line> lines(List<Glyph> glyphs, int page) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        List<List<Glyph>> rows = new ArrayList<>();
        for (Glyph glyph : sorted) {
            List<Glyph> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row == null || Math.abs(row.get(0).y() - glyph.y()) > Math.max(2f, glyph.size() * 0.3f)) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(glyph);
        }
        List<Line> lines = new ArrayList<>();
        int n = 0;
        for (List<Glyph> row : rows) {
            row.sort(Comparator.comparingDouble(Glyph::x));
            String text = text(row);
            n++;
            if (text.isBlank() || PAGE_NUMBER.matcher(Texts.clean(text)).matches()) {
                continue;
            }
            float size = (float) row.stream().mapToDouble(Glyph::size).max().orElse(0);
            lines.add(new Line(
                    text,
                    row.get(0).x(),
                    row.get(row.size() - 1).right(),
                    row.get(0).y(),
                    size,
                    ImportMessages.pageLine(page, n)));
        }
        return lines;
    }

    /** The glyphs' text, with a space where the gap between two glyphs is a space's width and none was drawn. */
    private static String text(List<Glyph> row) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : row) {
            if (previous != null
                    && glyph.x() - previous.right() > glyph.size() * 0.22f
                    && !glyph.text().isBlank()
                    && !previous.text().isBlank()) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString();
    }

    private void line(Line line, float left, float right, float body) {
        float em = Math.max(line.size(), 1);
        boolean indented = line.left() - left >= em * 0.9f;
        boolean title = line.size() >= body * 1.2f;
        // a line that stops short ends its paragraph only after a full stop: CJK lines also stop short where a word
        // or a closing bracket may not start the next line
        boolean afterShort = lastLine == null
                || lastRight < right - em * 1.5f && lastLine.text().strip().matches(".*[。！？：；!?:;]$");
        boolean sizeChange = lastLine != null && Math.abs(lastLine.size() - line.size()) > 1f;
        boolean noBody = Texts.compact(line.text()).equals(NO_BODY)
                || lastLine != null && Texts.compact(lastLine.text()).equals(NO_BODY);
        if (open == null || indented || afterShort || title || sizeChange || openTitle || noBody) {
            close();
            open = new StringBuilder();
            openAt = line.at();
            openTitle = title;
        }
        open.append(line.text());
        lastLine = line;
        lastRight = line.right();
    }

    private void close() {
        if (open != null) {
            String raw = open.toString();
            invisible += Texts.invisible(raw);
            String text = Texts.clean(raw);
            if (!text.isEmpty()) {
                blocks.add(new SourceParagraph(text, openAt, openTitle));
            }
        }
        open = null;
        lastLine = null;
    }

    private void table(RuledTable table, List<Glyph> glyphs, int page, int index) {
        close();
        int rows = table.ys.size() - 1;
        int columns = table.xs.size() - 1;
        Map<Integer, List<Glyph>> byCell = new HashMap<>();
        for (Glyph glyph : glyphs) {
            int[] position = table.position(glyph.centreX(), glyph.centreY());
            if (position != null) {
                byCell.computeIfAbsent(table.cell[position[0]][position[1]], k -> new ArrayList<>())
                        .add(glyph);
            }
        }
        Map<Integer, String> texts = new HashMap<>();
        byCell.forEach((cell, list) -> texts.put(cell, cellText(list)));
        List<List<Slot>> grid = new ArrayList<>();
        Map<Integer, Integer> numbers = new HashMap<>();
        Map<Integer, Origin> origins = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            List<Slot> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int cell = table.cell[r][c];
                int number = numbers.computeIfAbsent(cell, k -> numbers.size());
                Origin at = origins.computeIfAbsent(
                        cell, k -> ImportMessages.pageCell(page, index, grid.size() + 1, row.size() + 1));
                row.add(new Slot(texts.getOrDefault(cell, ""), at, number));
            }
            grid.add(row);
        }
        SourceTable read = new SourceTable(grid, ImportMessages.pageTable(page, index));
        continued(read, table.xs);
    }

    /**
     * Adds a table, or appends its rows to the table before it when it continues that one on a new page (the same
     * outer edges, nothing between them); header rows repeated at the top of the page are dropped. The two parts may
     * have different column edges: a part whose rows all span the label columns (table 三's 一、 and 二、 rows before
     * a page break) has none inside them. Both are then split at every edge either has, a spanning cell repeated in
     * each column it covers, as a span-expanded grid has it.
     */
    private void continued(SourceTable table, List<Float> edges) {
        if (!blocks.isEmpty()
                && blocks.get(blocks.size() - 1) instanceof SourceTable previous
                && !table.rows().isEmpty()
                && sameOuterEdges(lastTableEdges, edges)) {
            List<Float> union = union(lastTableEdges, edges);
            List<List<Slot>> before = split(previous.rows(), lastTableEdges, union);
            List<List<Slot>> after = split(table.rows(), edges, union);
            List<List<Slot>> rows = new ArrayList<>(before);
            int skip = 0;
            while (skip < after.size()
                    && skip < before.size()
                    && texts(after.get(skip)).equals(texts(before.get(skip)))) {
                skip++;
            }
            int offset = 1
                    + before.stream()
                            .flatMap(List::stream)
                            .mapToInt(Slot::cell)
                            .max()
                            .orElse(0);
            for (List<Slot> row : after.subList(skip, after.size())) {
                rows.add(row.stream()
                        .map(s -> new Slot(s.text(), s.at(), s.cell() + offset))
                        .toList());
            }
            blocks.set(blocks.size() - 1, new SourceTable(rows, previous.at()));
            lastTableEdges = union;
            return;
        }
        blocks.add(table);
        lastTableEdges = edges;
    }

    private static boolean sameOuterEdges(List<Float> a, List<Float> b) {
        return a.size() >= 2
                && b.size() >= 2
                && Math.abs(a.get(0) - b.get(0)) <= EDGE
                && Math.abs(a.get(a.size() - 1) - b.get(b.size() - 1)) <= EDGE;
    }

    /** Column edges closer than this, in points, are the same edge. */
    private static final float EDGE = 1.5f;

    /** The edges of {@code a} and {@code b} together, in order, each once. */
    private static List<Float> union(List<Float> a, List<Float> b) {
        List<Float> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Float::compare);
        List<Float> union = new ArrayList<>();
        for (float x : all) {
            if (union.isEmpty() || x - union.get(union.size() - 1) > EDGE) {
                union.add(x);
            }
        }
        return union;
    }

    /** {@code rows}, whose columns lie between {@code edges}, as columns between {@code finer} edges. */
    private static List<List<Slot>> split(List<List<Slot>> rows, List<Float> edges, List<Float> finer) {
        List<List<Slot>> split = new ArrayList<>();
        for (List<Slot> row : rows) {
            List<Slot> columns = new ArrayList<>();
            for (int c = 0; c + 1 < finer.size(); c++) {
                float middle = (finer.get(c) + finer.get(c + 1)) / 2;
                int old = 0;
                while (old + 2 < edges.size() && edges.get(old + 1) < middle) {
                    old++;
                }
                columns.add(row.get(Math.min(old, row.size() - 1)));
            }
            split.add(columns);
        }
        return split;
    }

    private static List<String> texts(List<Slot> row) {
        return row.stream().map(Slot::text).toList();
    }

    /** A cell's text: its lines top to bottom joined without a break (a wrapped label is one label). */
    private String cellText(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        StringBuilder text = new StringBuilder();
        List<Glyph> row = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!row.isEmpty() && Math.abs(row.get(0).y() - glyph.y()) > Math.max(2f, glyph.size() * 0.3f)) {
                row.sort(Comparator.comparingDouble(Glyph::x));
                text.append(text(row));
                row.clear();
            }
            row.add(glyph);
        }
        row.sort(Comparator.comparingDouble(Glyph::x));
        text.append(text(row));
        invisible += Texts.invisible(text.toString());
        return Texts.clean(text.toString());
    }
}
