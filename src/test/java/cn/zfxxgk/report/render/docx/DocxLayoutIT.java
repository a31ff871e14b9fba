package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.Requirements;
import cn.zfxxgk.report.Seeds;
import cn.zfxxgk.report.layout.SignatureLayout;
import cn.zfxxgk.report.readback.DocxReadback;
import cn.zfxxgk.report.readback.PrintedDocument;
import cn.zfxxgk.report.readback.PrintedDocument.PrintedCell;
import cn.zfxxgk.report.readback.PrintedDocument.PrintedParagraph;
import cn.zfxxgk.report.readback.PrintedDocument.PrintedTable;
import cn.zfxxgk.report.readback.PrintedPdf;
import cn.zfxxgk.report.readback.PrintedPdf.Glyph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The DOCX as LibreOffice lays it out, against the engine's PDF of the same data (issue 13): each seed's DOCX is
 * converted to PDF by LibreOffice, with the fonts README.md tells a Linux user to set up, and both PDFs are read back
 * glyph by glyph with PDFBox. The DOCX must print everything, on as many pages as the PDF, every table starting on the
 * page where the PDF starts it and no table row split; its full pages hold 22 lines and its full lines 28 characters;
 * the signature and the page numbers stand where GB/T 9704 puts them; and the title, body, headings, tables and the
 * note cell are drawn in the font families the PDF uses. Then the template is changed as README.md's worked example
 * says (style {@code Normal} 三号 → 小三, as Word saves it), and the signature is still placed by the rule and the
 * tables still whole. Every DOCX is converted in one LibreOffice start, and each check reads the shared results.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocxLayoutIT {

    private static final float MM = 72f / 25.4f;
    private static final float TEXT_LEFT = 28 * MM;
    private static final float TEXT_RIGHT = (210 - 26) * MM;
    private static final float TEXT_TOP = 37 * MM;
    private static final float TEXT_BOTTOM = (297 - 35) * MM;
    /** GB/T 9704: 22 lines a page, 28 characters a line; the line pitch of the template, 579 twips. */
    private static final int LINES = 22;

    private static final int CHARACTERS = 28;
    private static final float PITCH = 28.95f;
    private static final float BODY = 16;
    private static final float PAGE_NUMBER = 14;
    /** Characters a line may not start with, and may not end with (GB/T 15834, as LibreOffice and Word apply it). */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’…—〉】〕·%,.;:?!)]}";

    private static final String NO_LINE_END = "（《「『“‘〈【〔([{";
    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");
    private static final String XIAO_SAN = "-xiaosan";

    @TempDir
    static Path work;

    private final Map<Seeds, PrintedDocument> docx = new EnumMap<>(Seeds.class);
    private final Map<Seeds, PrintedDocument> pdf = new EnumMap<>(Seeds.class);
    private final Map<Seeds, PrintedDocument> xiaoSan = new EnumMap<>(Seeds.class);
    private final Map<Seeds, PrintedPdf> docxPages = new EnumMap<>(Seeds.class);
    private final Map<Seeds, PrintedPdf> pdfPages = new EnumMap<>(Seeds.class);

    @BeforeAll
    void renderAndConvert() throws Exception {
        Requirements.requireDebianCjkFonts();
        LibreOffice libreOffice =
                new LibreOffice(work, Map.of("FONTCONFIG_FILE", fontconfig().toString()));
        Path original =
                render(Path.of("templates"), work.resolve("original"), EnumSet.of(OutputFormat.DOCX, OutputFormat.PDF));
        Path edited = work.resolve("xiaosan-templates");
        Files.createDirectories(edited);
        for (String name : List.of("report.ftlh", "fonts.properties", "report.docx")) {
            Files.copy(Path.of("templates", name), edited.resolve(name));
        }
        Files.write(edited.resolve("report.docx"), normalXiaoSan(Files.readAllBytes(edited.resolve("report.docx"))));
        Path xiaoSanOutput = render(edited, work.resolve("xiaosan"), EnumSet.of(OutputFormat.DOCX));
        List<Path> files = new ArrayList<>();
        for (Seeds seed : Seeds.values()) {
            files.add(original.resolve(seed.id() + ".docx"));
            Path renamed = xiaoSanOutput.resolve(seed.id() + XIAO_SAN + ".docx");
            Files.move(xiaoSanOutput.resolve(seed.id() + ".docx"), renamed);
            files.add(renamed);
        }
        Path converted = work.resolve("libreoffice");
        libreOffice.convert(files, "pdf", converted);
        for (Seeds seed : Seeds.values()) {
            docxPages.put(seed, new PrintedPdf(Files.readAllBytes(converted.resolve(seed.id() + ".pdf"))));
            pdfPages.put(seed, new PrintedPdf(Files.readAllBytes(original.resolve(seed.id() + ".pdf"))));
            List<DocxReadback.Block> body =
                    new DocxReadback(Files.readAllBytes(original.resolve(seed.id() + ".docx"))).body();
            docx.put(seed, printed(docxPages.get(seed), body));
            pdf.put(seed, printed(pdfPages.get(seed), body));
            xiaoSan.put(
                    seed,
                    printed(
                            new PrintedPdf(Files.readAllBytes(converted.resolve(seed.id() + XIAO_SAN + ".pdf"))),
                            new DocxReadback(Files.readAllBytes(xiaoSanOutput.resolve(seed.id() + XIAO_SAN + ".docx")))
                                    .body()));
        }
    }

    private static PrintedDocument printed(PrintedPdf pages, List<DocxReadback.Block> body) {
        return new PrintedDocument(pages, body, TEXT_TOP, TEXT_BOTTOM + 2);
    }

    private static Path render(Path templates, Path output, Set<OutputFormat> formats) throws IOException {
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(output, formats, false, templates))) {
            for (Seeds seed : Seeds.values()) {
                ReportEngine.Result result =
                        engine.generate(seed.data(), seed.data().toString());
                assertFalse(result.failed(), result.problems().toString());
            }
        }
        return output;
    }

    /**
     * README.md's worked example as Word saves it: style {@code Normal} 三号 (16 pt) → 小三 (15 pt); Word writes the
     * first-line indent again in twentieths of a point for the new size (two characters: 640 → 600).
     */
    private static byte[] normalXiaoSan(byte[] template) throws Exception {
        WordPackage pkg = WordPackage.read(template);
        String styles = new String(pkg.part("word/styles.xml"), StandardCharsets.UTF_8);
        Matcher normal = Pattern.compile("<w:style [^>]*w:styleId=\"Normal\">.*?</w:style>", Pattern.DOTALL)
                .matcher(styles);
        assertTrue(normal.find(), "the template has a Normal style");
        String smaller = normal.group()
                .replace("<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>", "<w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>")
                .replace("w:firstLine=\"640\"", "w:firstLine=\"600\"");
        assertTrue(smaller.contains("w:val=\"30\"") && smaller.contains("w:firstLine=\"600\""), normal.group());
        return pkg.write(
                Map.of(
                        "word/styles.xml",
                        (styles.substring(0, normal.start()) + smaller + styles.substring(normal.end()))
                                .getBytes(StandardCharsets.UTF_8)),
                Instant.EPOCH);
    }

    /**
     * The fontconfig file README.md ("The DOCX") tells a Linux user to save, loaded after the system's configuration:
     * LibreOffice chooses fonts through fontconfig, and nothing in a DOCX changes its choice.
     */
    private static Path fontconfig() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## The DOCX");
        assertTrue(section >= 0, "README.md has a section 'The DOCX'");
        Matcher block = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(section), "README.md's 'The DOCX' gives the fontconfig file for Linux");
        Path directory = Files.createDirectories(work.resolve("fontconfig"));
        Path aliases = Files.writeString(directory.resolve("60-report-fonts.conf"), block.group(1));
        return Files.writeString(
                directory.resolve("fonts.conf"),
                "<?xml version=\"1.0\"?>\n<fontconfig>\n"
                        + "  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n  <include>" + aliases
                        + "</include>\n</fontconfig>\n");
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void everyParagraphAndCellIsPrintedInOrder(Seeds seed) {
        assertEquals(List.of(), docx.get(seed).missing(), seed + ": the DOCX as LibreOffice prints it");
        assertEquals(List.of(), pdf.get(seed).missing(), seed + ": the engine's PDF");
        assertEquals(List.of(), xiaoSan.get(seed).missing(), seed + ": the DOCX with Normal in 小三");
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void asManyPagesAsThePdfAndEachTableStartsOnItsPage(Seeds seed) throws IOException {
        assertEquals(pdfPages.get(seed).pages(), docxPages.get(seed).pages(), seed + ": pages");
        List<PrintedTable> inPdf = pdf.get(seed).tables();
        List<PrintedTable> inDocx = docx.get(seed).tables();
        assertEquals(inPdf.size(), inDocx.size(), seed + ": tables");
        boolean pdfKeepsTablesWhole = pdfKeepsTablesWhole();
        for (int t = 0; t < inPdf.size(); t++) {
            Set<Integer> pdfPagesOfTable = pages(inPdf.get(t));
            int start = pages(inDocx.get(t)).iterator().next();
            int pdfStart = pdfPagesOfTable.iterator().next();
            boolean earlierThanAWholeTable =
                    pdfKeepsTablesWhole && pdfPagesOfTable.size() == 1 && start == pdfStart - 1;
            int linesBefore = linesBefore(docx.get(seed), t);
            int pdfLinesBefore = linesBefore(pdf.get(seed), t);
            boolean pushedOnByLongerText = start == pdfStart + 1 && linesBefore > pdfLinesBefore;
            assertTrue(
                    start == pdfStart || earlierThanAWholeTable || pushedOnByLongerText,
                    seed + ": table " + (t + 1)
                            + " starts on page " + start + ", in the PDF on page " + pdfStart
                            + " (the text before it in "
                            + linesBefore + " lines, in the PDF " + pdfLinesBefore + ")");
        }
    }

    /**
     * The lines of body text printed before table {@code table}. LibreOffice puts space between Chinese and digits
     * whatever the document says (see README.md), so a paragraph with many numbers may take a line more than in the
     * PDF, and push a table to the next page: a table may start a page later than in the PDF only when the text before
     * it took more lines.
     */
    private static int linesBefore(PrintedDocument document, int table) {
        PrintedCell first = document.tables().get(table).rows().stream()
                .flatMap(List::stream)
                .filter(c -> !c.glyphs().isEmpty())
                .findFirst()
                .orElseThrow();
        Glyph start = first.glyphs().get(0);
        int lines = 0;
        for (BodyLine line : bodyLines(document)) {
            if (line.page() < start.page() || line.page() == start.page() && line.baseline() < start.baseline()) {
                lines++;
            }
        }
        return lines;
    }

    /**
     * Whether the PDF still keeps a table that fits on one page whole, as before issue 12: its template's
     * {@code table.form} rule says {@code page-break-inside: avoid}. The DOCX already breaks tables by row groups (a
     * table starts where its header and first two row groups fit), so while the PDF does not, a table the PDF prints
     * whole may start a page earlier in the DOCX. Once the rule is gone from the template, every table must start on
     * the PDF's page.
     */
    private static boolean pdfKeepsTablesWhole() throws IOException {
        String template = Files.readString(Path.of("templates/report.ftlh"), StandardCharsets.UTF_8);
        Matcher rule = Pattern.compile("\\btable\\.form \\{(.*?)\\n\\s*}", Pattern.DOTALL)
                .matcher(template);
        return rule.find() && rule.group(1).contains("page-break-inside: avoid");
    }

    private static Set<Integer> pages(PrintedTable table) {
        Set<Integer> pages = new TreeSet<>();
        table.rows().forEach(r -> r.forEach(c -> c.glyphs().forEach(g -> pages.add(g.page()))));
        return pages;
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void noTableRowIsSplit(Seeds seed) {
        assertRowsWhole(seed + "", docx.get(seed));
        assertRowsWhole(seed + " with Normal in 小三", xiaoSan.get(seed));
    }

    private static void assertRowsWhole(String what, PrintedDocument document) {
        for (int t = 0; t < document.tables().size(); t++) {
            List<List<PrintedCell>> rows = document.tables().get(t).rows();
            for (int r = 0; r < rows.size(); r++) {
                Set<Integer> pages = new TreeSet<>();
                rows.get(r).forEach(c -> c.glyphs().forEach(g -> pages.add(g.page())));
                List<String> texts =
                        rows.get(r).stream().map(c -> c.cell().text()).toList();
                assertTrue(
                        pages.size() <= 1,
                        what + ": table " + (t + 1) + " row " + (r + 1) + " " + texts + " is printed on pages "
                                + pages);
            }
        }
    }

    /**
     * Body lines stand on a grid of 22 lines 28.95 pt apart, the first at the top of the text block where the PDF puts
     * it; a page that a paragraph runs over holds all 22 (21 when widow control moved a line on with the paragraph's
     * last). Pages with the title or a table are left out, their lines are not on the grid.
     */
    @ParameterizedTest
    @EnumSource(Seeds.class)
    void fullPagesHold22Lines(Seeds seed) {
        assertLinesOnTheGrid(seed);
    }

    /** A page a paragraph runs over exists among the seeds, so the count of a full page was checked. */
    @Test
    void someSeedHasAFullPage() {
        int full = 0;
        for (Seeds seed : Seeds.values()) {
            full += assertLinesOnTheGrid(seed);
        }
        assertTrue(full > 0, "some page is full");
    }

    /** Checks the body lines of {@code seed}'s pages; the number of full pages. */
    private int assertLinesOnTheGrid(Seeds seed) {
        List<BodyLine> lines = bodyLines(docx.get(seed));
        Set<Integer> other = pagesOf(docx.get(seed), p -> p.paragraph().style().equals("Title"));
        docx.get(seed)
                .tables()
                .forEach(t -> t.rows().forEach(r -> r.forEach(c -> c.glyphs().forEach(g -> other.add(g.page())))));
        float pdfTop = firstBaselineOfABodyPage(pdf.get(seed));
        int checked = 0;
        int full = 0;
        Map<Integer, List<BodyLine>> byPage = new TreeMap<>();
        lines.forEach(
                l -> byPage.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l));
        for (Map.Entry<Integer, List<BodyLine>> page : byPage.entrySet()) {
            if (other.contains(page.getKey())) {
                continue;
            }
            checked++;
            List<BodyLine> onPage = page.getValue();
            float top = onPage.get(0).baseline();
            assertEquals(pdfTop, top, 1f, seed + " page " + page.getKey() + ": the first line where the PDF has it");
            int last = 0;
            for (BodyLine line : onPage) {
                float grid = (line.baseline() - top) / PITCH;
                assertEquals(
                        Math.round(grid),
                        grid,
                        0.02f,
                        seed + " page " + page.getKey() + ": '" + line.text() + "' on the grid of 28.95 pt");
                last = Math.round(grid);
            }
            assertTrue(last < LINES, seed + " page " + page.getKey() + ": at most 22 lines");
            BodyLine end = onPage.get(onPage.size() - 1);
            List<BodyLine> continued = lines.stream()
                    .filter(l -> l.paragraph() == end.paragraph() && l.page() == end.page() + 1)
                    .toList();
            if (!continued.isEmpty()) {
                boolean widow = last == LINES - 2
                        && continued.size() == 2
                        && continued.get(1).lastOfParagraph();
                assertTrue(
                        last == LINES - 1 || widow,
                        seed + " page " + page.getKey() + ": a paragraph runs over to "
                                + "the next page, so the page is full; its last line is line " + (last + 1));
                full++;
            }
        }
        assertTrue(checked > 0, seed + ": a page of body text was checked");
        return full;
    }

    private static float firstBaselineOfABodyPage(PrintedDocument document) {
        Set<Integer> other = pagesOf(document, p -> p.paragraph().style().equals("Title"));
        document.tables()
                .forEach(t -> t.rows().forEach(r -> r.forEach(c -> c.glyphs().forEach(g -> other.add(g.page())))));
        return bodyLines(document).stream()
                .filter(l -> !other.contains(l.page()))
                .findFirst()
                .orElseThrow()
                .baseline();
    }

    /**
     * Every line of a paragraph but its last holds 28 characters (its indent counts as its width), unless the next
     * character could not have ended it: it does not fit, it may not start or end a line, the line's last may not end
     * one, or the character after it may not start a line. Lines with Latin letters, digits or brackets are left out:
     * LibreOffice puts space between them and Chinese whatever the document says (see README.md), so such a line may
     * hold a character less.
     */
    @ParameterizedTest
    @EnumSource(Seeds.class)
    void fullLinesHold28Characters(Seeds seed) {
        int checked = 0;
        for (PrintedParagraph paragraph : docx.get(seed).paragraphs()) {
            if (!Set.of("Normal", "Heading1", "Heading2")
                    .contains(paragraph.paragraph().style())) {
                continue;
            }
            List<List<Glyph>> lines = paragraph.lines();
            for (int i = 0; i + 1 < lines.size(); i++) {
                List<Glyph> line = lines.get(i);
                Glyph next = lines.get(i + 1).get(0);
                Glyph last = line.get(line.size() - 1);
                float size = line.get(0).size();
                if (latin(next) || line.stream().anyMatch(DocxLayoutIT::latin)) {
                    continue;
                }
                double characters = Math.round((line.get(0).x() - TEXT_LEFT) / size * 2) / 2.0;
                for (Glyph glyph : line) {
                    characters += width(glyph);
                }
                String where = seed + ": the line '" + text(line) + "' (then '" + next.text() + "')";
                assertTrue(characters <= CHARACTERS, where + " holds " + characters + " characters");
                List<Glyph> following = lines.get(i + 1);
                boolean unbreakable = characters + width(next) > CHARACTERS
                        || NO_LINE_START.contains(next.text())
                        || NO_LINE_END.contains(last.text())
                        || NO_LINE_END.contains(next.text())
                        || following.size() > 1
                                && NO_LINE_START.contains(following.get(1).text());
                assertTrue(
                        characters == CHARACTERS || unbreakable,
                        where + " holds " + characters + " characters, not 28");
                checked++;
            }
        }
        assertTrue(checked >= 5, seed + ": full lines were checked (" + checked + ")");
    }

    /**
     * A Latin letter, digit, bracket or sign, which LibreOffice spaces apart from Chinese (measured: not the half-width
     * stops and commas).
     */
    private static boolean latin(Glyph glyph) {
        return glyph.text()
                .codePoints()
                .anyMatch(c -> c < 0x80 && !Character.isWhitespace(c) && ",.;:!?".indexOf(c) < 0);
    }

    /** A glyph's width in characters: 1 for Chinese, ½ for a digit or a half-width sign. */
    private static double width(Glyph glyph) {
        return Math.round(glyph.width() / glyph.size() * 2) / 2.0;
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void theSignatureIsPlacedByTheRule(Seeds seed) {
        assertSignature(seed + "", docx.get(seed), BODY);
        assertSignature(seed + " with Normal in 小三", xiaoSan.get(seed), 15);
    }

    /**
     * GB/T 9704 7.3.5.2: the longer of agency and date right-indented two characters, the date's first character two
     * characters right of the agency's (± 0.2). A character is {@code size} points, the size of the signature.
     */
    private static void assertSignature(String what, PrintedDocument document, float size) {
        List<List<Glyph>> lines = document.paragraphs().stream()
                .filter(p ->
                        p.paragraph().style().equals("Signature") && !p.glyphs().isEmpty())
                .map(PrintedParagraph::glyphs)
                .toList();
        List<Glyph> date = lines.stream()
                .filter(l -> DATE.matcher(text(l)).matches())
                .findFirst()
                .orElse(null);
        List<Glyph> agency = lines.stream().filter(l -> l != date).findFirst().orElse(null);
        if (date == null && agency == null) {
            return; // gangcha-2023 has no signature
        }
        assertEquals(size, (date != null ? date : agency).get(0).size(), 0.1f, what + ": the signature's size");
        if (agency != null && date != null) {
            assertEquals(
                    2 * size,
                    date.get(0).x() - agency.get(0).x(),
                    0.2f * size,
                    what + ": the date's first character two characters right of the agency's");
        }
        List<Glyph> longer = agency == null
                        || date != null && SignatureLayout.width(text(date)) > SignatureLayout.width(text(agency))
                ? date
                : agency;
        assertEquals(
                2 * size,
                TEXT_RIGHT - longer.get(longer.size() - 1).endX(),
                0.2f * size,
                what + ": '" + text(longer) + "' two characters in from the right");
    }

    /**
     * GB/T 9704 7.5: "— N —" in 4号, on the right of odd pages and the left of even pages, one character in, the top of
     * its dash 7 mm (± 0.5) below the text block.
     */
    @ParameterizedTest
    @EnumSource(Seeds.class)
    void pageNumbersStand7mmBelowTheTextBlockOddRightEvenLeft(Seeds seed) {
        PrintedPdf pages = docxPages.get(seed);
        for (int page = 1; page <= pages.pages(); page++) {
            int number = page;
            List<Glyph> glyphs = pages.glyphs().stream()
                    .filter(g -> g.page() == number && !g.text().isBlank() && g.baseline() > TEXT_BOTTOM + 2)
                    .toList();
            assertEquals("—" + page + "—", text(glyphs), seed + ": the page number of page " + page);
            Glyph first = glyphs.get(0);
            Glyph last = glyphs.get(glyphs.size() - 1);
            if (page % 2 == 1) {
                assertEquals(
                        PAGE_NUMBER, TEXT_RIGHT - last.endX(), 0.2f * PAGE_NUMBER, seed + " page " + page + ": right");
            } else {
                assertEquals(PAGE_NUMBER, first.x() - TEXT_LEFT, 0.2f * PAGE_NUMBER, seed + " page " + page + ": left");
            }
            assertEquals(
                    7f,
                    (first.inkTop() - TEXT_BOTTOM) / MM,
                    0.5f,
                    seed + " page " + page + ": the dash below the text block, in mm");
        }
    }

    /** Title, body, headings, table and note cell in the families the PDF uses on this machine (Chinese glyphs). */
    @ParameterizedTest
    @EnumSource(Seeds.class)
    void theFontsAreThoseOfThePdf(Seeds seed) {
        Map<String, Set<String>> inDocx = fontsByRole(docx.get(seed));
        Map<String, Set<String>> inPdf = fontsByRole(pdf.get(seed));
        assertEquals(inPdf, inDocx, seed + ": font families by role, the PDF's and LibreOffice's");
        assertFalse(inPdf.get("body").isEmpty(), seed + ": body text was found");
    }

    private static Map<String, Set<String>> fontsByRole(PrintedDocument document) {
        Map<String, Set<String>> roles = new TreeMap<>();
        for (String role : List.of("title", "body", "heading", "subheading", "table", "note")) {
            roles.put(role, new TreeSet<>());
        }
        for (PrintedParagraph paragraph : document.paragraphs()) {
            String style = paragraph.paragraph().style();
            int lead = paragraph.paragraph().runIn().replaceAll("\\s+", "").length();
            List<Glyph> glyphs = paragraph.glyphs();
            for (int i = 0; i < glyphs.size(); i++) {
                String role = switch (style) {
                    case "Title" -> "title";
                    case "Heading1" -> "heading";
                    case "Heading2" -> "subheading";
                    case "Normal" -> i < lead ? "subheading" : "body";
                    default -> null;
                };
                addFont(roles, role, glyphs.get(i));
            }
        }
        for (PrintedTable table : document.tables()) {
            for (List<PrintedCell> row : table.rows()) {
                for (PrintedCell cell : row) {
                    String role = cell.cell().role().equals("TableNote") ? "note" : "table";
                    cell.glyphs().forEach(g -> addFont(roles, role, g));
                }
            }
        }
        return roles;
    }

    private static void addFont(Map<String, Set<String>> roles, String role, Glyph glyph) {
        if (role != null
                && glyph.text()
                        .codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            roles.get(role).add(glyph.font());
        }
    }

    /** A line of a 16 pt paragraph (not the title), with the paragraph it belongs to. */
    private record BodyLine(int page, float baseline, Object paragraph, String text, boolean lastOfParagraph) {}

    private static List<BodyLine> bodyLines(PrintedDocument document) {
        List<BodyLine> lines = new ArrayList<>();
        for (PrintedParagraph paragraph : document.paragraphs()) {
            if (paragraph.paragraph().style().equals("Title")) {
                continue;
            }
            List<List<Glyph>> printed = paragraph.lines();
            for (int i = 0; i < printed.size(); i++) {
                Glyph first = printed.get(i).get(0);
                lines.add(new BodyLine(
                        first.page(), first.baseline(), paragraph, text(printed.get(i)), i == printed.size() - 1));
            }
        }
        lines.sort((a, b) ->
                a.page() != b.page() ? Integer.compare(a.page(), b.page()) : Float.compare(a.baseline(), b.baseline()));
        return lines;
    }

    private static Set<Integer> pagesOf(PrintedDocument document, Predicate<PrintedParagraph> which) {
        Set<Integer> pages = new TreeSet<>();
        document.paragraphs().stream().filter(which).forEach(p -> p.glyphs().forEach(g -> pages.add(g.page())));
        return pages;
    }

    private static String text(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.text()));
        return text.toString().replaceAll("\\s+", "");
    }
}
