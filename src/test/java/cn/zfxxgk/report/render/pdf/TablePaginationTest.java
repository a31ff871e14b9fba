package cn.zfxxgk.report.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.RenderedPdfs;
import cn.zfxxgk.report.Seeds;
import cn.zfxxgk.report.readback.PdfRules;
import cn.zfxxgk.report.readback.PdfRules.Rule;
import cn.zfxxgk.report.readback.PdfTableRows;
import cn.zfxxgk.report.readback.PdfTableRows.Row;
import cn.zfxxgk.report.readback.PrintedPdf;
import cn.zfxxgk.report.readback.PrintedPdf.Glyph;
import cn.zfxxgk.report.render.html.HtmlRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds with table text at 五号, 小四 and 四号 (10.5, 12 and 14 pt), changed in the template's CSS as an editor
 * would: on every page that holds part of a table, no row split between pages, the header rows repeated with every
 * ruling line they have on the table's first page, no page left more than a third empty before a table that could
 * have started there, and the fixed labels broken between words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TablePaginationTest {

    private static final float MM = 72f / 25.4f;
    private static final float TEXT_TOP = 37 * MM;
    private static final float TEXT_BOTTOM = (297 - 35) * MM;
    private static final String SHIPPED = "font-size: 10.5pt; line-height: 1.25";
    private static final List<String> SIZES = List.of("10.5", "12", "14");

    /** A rendered seed read back once: its glyphs, its tables' rows and each page's ruling lines. */
    private record Readback(PrintedPdf glyphs, List<List<Row>> tables, List<List<Rule>> rules) {}

    private final Map<String, Readback> pdfs = new HashMap<>();
    private Path work;

    Stream<Arguments> cases() {
        return Stream.of(Seeds.values()).flatMap(seed -> SIZES.stream().map(size -> Arguments.of(seed, size)));
    }

    @BeforeAll
    void render() throws IOException {
        work = Files.createTempDirectory("table-pages");
        String template = Files.readString(Path.of("templates", HtmlRenderer.TEMPLATE));
        assertEquals(template.indexOf(SHIPPED), template.lastIndexOf(SHIPPED), "one table text size in the template");
        for (String size : SIZES) {
            // the shipped size is the project's own templates, read back by other tests too
            Path templates = Path.of("templates");
            if (!size.equals("10.5")) {
                templates = Files.createDirectories(work.resolve("templates-" + size));
                Files.writeString(
                        templates.resolve(HtmlRenderer.TEMPLATE),
                        template.replace(SHIPPED, "font-size: " + size + "pt; line-height: 1.25"));
            }
            for (Seeds seed : Seeds.values()) {
                byte[] bytes = RenderedPdfs.of(seed.data(), templates);
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    List<List<Rule>> rules = new ArrayList<>();
                    for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                        rules.add(PdfRules.of(pdf, page));
                    }
                    pdfs.put(
                            seed.id() + "@" + size,
                            new Readback(new PrintedPdf(bytes), new PdfTableRows(pdf).tables(), rules));
                }
            }
        }
    }

    @AfterAll
    void clean() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @ParameterizedTest(name = "{0} at {1} pt")
    @MethodSource("cases")
    void noRowIsSplitBetweenPages(Seeds seed, String size) {
        List<String> split = new ArrayList<>();
        for (List<Row> table : pdfs.get(seed.id() + "@" + size).tables()) {
            for (Row row : table) {
                if (row.extents().size() > 1) {
                    split.add(row.cells() + " on pages " + row.extents().keySet());
                }
            }
        }
        assertEquals(List.of(), split, "rows printed on more than one page");
    }

    @ParameterizedTest(name = "{0} at {1} pt")
    @MethodSource("cases")
    void everyPageATableContinuesOnRepeatsItsHeaderRowsWithAllTheirBorders(Seeds seed, String size) {
        Readback pdf = pdfs.get(seed.id() + "@" + size);
        for (List<Row> table : pdf.tables()) {
            List<Row> header = table.stream().filter(Row::header).toList();
            List<Row> body = table.stream().filter(r -> !r.header()).toList();
            if (header.isEmpty()) {
                continue;
            }
            int first = header.get(0).extents().keySet().iterator().next();
            TreeSet<Integer> pages = new TreeSet<>();
            body.forEach(r -> pages.addAll(r.extents().keySet()));
            List<Rule> original =
                    band(pdf.rules().get(first - 1), top(header.get(0), first), firstTextTop(body, first));
            float originalTop =
                    original.stream().map(Rule::y1).min(Float::compare).orElseThrow();
            for (int page : pages) {
                if (page == first) {
                    continue;
                }
                float bodyTop = firstTextTop(body, page);
                String band = text(pdf.glyphs(), page, bodyTop);
                for (Row row : header) {
                    for (String cell : row.cells()) {
                        assertTrue(
                                inOrder(cell, band),
                                seed + " page " + page + " repeats header cell " + cell
                                        + " above its first row; the page shows " + band);
                    }
                }
                List<Rule> rules = pdf.rules().get(page - 1);
                float tableTop = rules.stream()
                        .filter(Rule::horizontal)
                        .filter(r -> r.y1() < bodyTop)
                        .map(Rule::y1)
                        .min(Float::compare)
                        .orElseThrow();
                List<Rule> repeated = band(rules, tableTop + 1, bodyTop);
                float shift = tableTop - originalTop;
                for (Rule rule : original) {
                    assertTrue(
                            repeated.stream().anyMatch(r -> same(r, rule, shift)),
                            seed + " page " + page
                                    + ": the repeated header lacks the border " + rule + " of page " + first
                                    + "; it has "
                                    + repeated);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} at {1} pt")
    @MethodSource("cases")
    void noPageIsLeftMoreThanAThirdEmptyBeforeATableThatCouldStartThere(Seeds seed, String size) {
        Readback pdf = pdfs.get(seed.id() + "@" + size);
        PrintedPdf glyphs = pdf.glyphs();
        {
            for (List<Row> table : pdf.tables()) {
                int start = table.get(0).extents().keySet().iterator().next();
                float contentTop = (float) glyphs.drawn().stream()
                        .filter(g -> g.page() == start)
                        .mapToDouble(g -> g.baseline() - g.size())
                        .min()
                        .orElseThrow();
                if (start == 1 || contentTop > TEXT_TOP + 3 * 28.95f) {
                    continue; // the table, or the heading kept with it, does not open its page
                }
                float free = TEXT_BOTTOM - lowest(glyphs, pdf.rules().get(start - 2), start - 1);
                if (free <= (TEXT_BOTTOM - TEXT_TOP) / 3) {
                    continue;
                }
                // what had to fit: the headings kept with the table, its header rows and its first two groups
                float needed = groupsEnd(table, start, 2) - contentTop;
                assertTrue(
                        needed > free,
                        seed + ": page " + (start - 1) + " is left " + free / MM + " mm empty, "
                                + "although the table's opening (" + needed / MM + " mm) would have fitted there");
            }
        }
    }

    @ParameterizedTest(name = "{0} at {1} pt")
    @MethodSource("cases")
    void fixedLabelsBreakBetweenWordsNeverLeavingACharacterAlone(Seeds seed, String size) {
        Readback pdf = pdfs.get(seed.id() + "@" + size);
        float points = Float.parseFloat(size);
        List<PrintedPdf.Line> lines = pdf.glyphs().lines(points);
        List<String> lone = new ArrayList<>();
        // table 四's fifteen columns cannot hold two characters of 14 pt: its headings then stand one a line
        List<List<Row>> tables = points < 14 ? pdf.tables() : pdf.tables().subList(0, 2);
        for (List<Row> table : tables) {
            for (Row row : table) {
                for (int page : row.extents().keySet()) {
                    float[] extent = row.extents().get(page);
                    for (PrintedPdf.Line line : lines) {
                        if (line.page() == page
                                && line.baseline() >= extent[0]
                                && line.baseline() <= extent[1] + 0.5f) {
                            lone.addAll(loneCharacters(line, row.cells(), points));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), lone.stream().distinct().toList(), "lines of a fixed label holding one character");
    }

    /**
     * The parts of a line of a table row (one per cell: the glyphs leave a gap between cells) that are a single
     * Chinese character of one of the row's fixed labels — cells holding a value (a count, an amount, an author's
     * note) are the author's text and break as body text does.
     */
    private static List<String> loneCharacters(PrintedPdf.Line line, List<String> cells, float size) {
        List<String> lone = new ArrayList<>();
        List<StringBuilder> parts = new ArrayList<>();
        Glyph previous = null;
        for (Glyph glyph : line.glyphs()) {
            if (previous == null || glyph.x() - previous.endX() > size * 0.3f) {
                parts.add(new StringBuilder());
            }
            parts.get(parts.size() - 1).append(glyph.text());
            previous = glyph;
        }
        for (StringBuilder part : parts) {
            String text = part.toString();
            if (text.length() != 1 || Character.UnicodeScript.of(text.charAt(0)) != Character.UnicodeScript.HAN) {
                continue;
            }
            for (String cell : cells) {
                boolean value = cell.matches("^\\d+(\\.\\d+)?($|[^.．、\\d].*)|^[增减].*");
                if (!value && cell.length() > 1 && cell.contains(text)) {
                    lone.add("'" + text + "' of " + cell + " on page " + line.page());
                }
            }
        }
        return lone;
    }

    private static float top(Row row, int page) {
        return row.extents().get(page)[0];
    }

    private static float firstTextTop(List<Row> rows, int page) {
        return (float) rows.stream()
                .filter(r -> r.extents().containsKey(page))
                .mapToDouble(r -> r.extents().get(page)[0])
                .min()
                .orElseThrow();
    }

    /**
     * The ruling lines of the header rows: those between the table's top rule (just above {@code top}) and the
     * first body row's text at {@code bottom}, each cut to that band (the table's left border runs on below it).
     */
    private static List<Rule> band(List<Rule> rules, float top, float bottom) {
        float bandTop = rules.stream()
                .filter(Rule::horizontal)
                .filter(r -> r.y2() <= top)
                .map(Rule::y1)
                .max(Float::compare)
                .orElse(top - 2);
        float bandBottom = bottom - 2;
        List<Rule> band = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.y2() >= bandTop - 0.5f && rule.y1() < bandBottom) {
                band.add(new Rule(
                        rule.x1(), Math.max(rule.y1(), bandTop - 0.5f), rule.x2(), Math.min(rule.y2(), bandBottom)));
            }
        }
        return band;
    }

    private static boolean same(Rule a, Rule b, float shift) {
        return Math.abs(a.x1() - b.x1()) < 0.5f
                && Math.abs(a.x2() - b.x2()) < 0.5f
                && Math.abs(a.y1() - (b.y1() + shift)) < 0.5f
                && Math.abs(a.y2() - (b.y2() + shift)) < 0.5f;
    }

    /** The text printed on {@code page} above {@code bottom}, top to bottom, left to right. */
    private static String text(PrintedPdf glyphs, int page, float bottom) {
        StringBuilder text = new StringBuilder();
        glyphs.drawn().stream()
                .filter(g -> g.page() == page && g.baseline() < bottom)
                .sorted((a, b) -> Math.abs(a.baseline() - b.baseline()) > 1
                        ? Float.compare(a.baseline(), b.baseline())
                        : Float.compare(a.x(), b.x()))
                .forEach(g -> text.append(g.text()));
        return text.toString();
    }

    /** Whether the characters of {@code cell} appear in {@code text} in their order (other cells' text between). */
    private static boolean inOrder(String cell, String text) {
        int at = 0;
        for (char c : cell.toCharArray()) {
            at = text.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** The lowest ink on page {@code page}: its last text or ruling line above the foot of the text block. */
    private static float lowest(PrintedPdf glyphs, List<Rule> rules, int page) {
        float lowest = (float) glyphs.drawn().stream()
                .filter(g -> g.page() == page && g.baseline() < TEXT_BOTTOM)
                .mapToDouble(g -> g.baseline() + g.size() * 0.2f)
                .max()
                .orElse(TEXT_TOP);
        for (Rule rule : rules) {
            if (rule.y2() < TEXT_BOTTOM) {
                lowest = Math.max(lowest, rule.y2());
            }
        }
        return lowest;
    }

    /**
     * Where the table's first {@code count} groups end on {@code page}: the body rows a row-spanning label joins, or
     * a single row, counted after the header rows.
     */
    private static float groupsEnd(List<Row> table, int page, int count) {
        List<Row> body = table.stream().filter(r -> !r.header()).toList();
        int row = 0;
        float end = (float) table.stream()
                .filter(Row::header)
                .filter(r -> r.extents().containsKey(page))
                .mapToDouble(r -> r.extents().get(page)[1])
                .max()
                .orElse(0);
        for (int group = 0; group < count && row < body.size(); group++) {
            int last = row
                    + Math.max(
                            1,
                            body.get(row).rowspans().stream()
                                    .mapToInt(Integer::intValue)
                                    .max()
                                    .orElse(1))
                    - 1;
            boolean heading = body.get(row).cells().size() == 1;
            if (heading) {
                while (last + 1 < body.size() && body.get(last + 1).cells().size() != 1) {
                    last++;
                }
            }
            for (int i = row; i <= last && i < body.size(); i++) {
                float[] extent = body.get(i).extents().get(page);
                if (extent != null) {
                    end = Math.max(end, extent[1]);
                }
            }
            row = last + 1;
        }
        return end + 3;
    }
}
