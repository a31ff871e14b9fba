package cn.zfxxgk.report.fonts;

import cn.zfxxgk.report.layout.Grid;
import cn.zfxxgk.report.layout.GridCell;
import cn.zfxxgk.report.layout.GridRow;
import cn.zfxxgk.report.layout.ParagraphLayout;
import cn.zfxxgk.report.layout.SignatureLayout;
import cn.zfxxgk.report.layout.TableLayout;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.problem.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks, before anything is drawn, that every character of a report is in one of the fonts that will draw it, so a
 * PDF never shows a {@code #} or an empty box in place of a character. A missing character is an error at its line and
 * column in the YAML.
 */
public final class FontCoverage {

    /** What a page number is made of: {@code — 12 —}. */
    static final String PAGE_NUMBER_CHARACTERS = "— 0123456789";

    private final FontSet fonts;
    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    private FontCoverage(FontSet fonts, String file) {
        this.fonts = fonts;
        this.file = file;
    }

    /** The characters of {@code report} (from {@code file}) that no font of their role has. */
    public static List<Problem> check(Report report, FontSet fonts, String file) {
        FontCoverage coverage = new FontCoverage(fonts, file);
        coverage.report(report);
        return coverage.problems.stream()
                .sorted(Comparator.comparingInt((Problem p) -> p.at().line()).thenComparingInt(p -> p.at().column()))
                .toList();
    }

    /**
     * The characters of {@code texts}, drawn in {@code role}, that no font of the role has: text the engine writes
     * itself, such as the 图解's labels and numbers, reported for the report {@code file} as a whole.
     */
    public static List<Problem> check(List<String> texts, FontRole role, FontSet fonts, String file) {
        FontCoverage coverage = new FontCoverage(fonts, file);
        texts.forEach(text -> coverage.check(text, Position.NONE, 0, role));
        return List.copyOf(coverage.problems);
    }

    private void report(Report report) {
        report.title().forEach(t -> text(t, FontRole.TITLE));
        report.preamble().forEach(this::paragraph);
        for (Section section : report.sections()) {
            text(section.heading(), FontRole.HEADING);
            section.paragraphs().forEach(this::paragraph);
            if (section.table() != null) {
                table(report.table(section.table()).orElseThrow(), report);
            }
        }
        report.signatureBlock().ifPresent(signature -> {
            if (signature.agency() != null) {
                text(signature.agency(), FontRole.BODY);
            }
            if (signature.date() != null) {
                text(new Text(SignatureLayout.format(signature.date()), signature.dateAt()), FontRole.BODY);
            }
            if (signature.ownPage()) {
                text(new Text(SignatureLayout.NO_BODY_NOTE, Position.NONE), FontRole.BODY);
            }
        });
        text(new Text(PAGE_NUMBER_CHARACTERS, Position.NONE), FontRole.PAGE_NUMBER);
    }

    private void paragraph(Text text) {
        ParagraphLayout.Paragraph p = ParagraphLayout.of(text);
        String lead = p.lead();
        check(lead, text.at(), 0, FontRole.SUBHEADING);
        check(p.body(), text.at(), lead.codePointCount(0, lead.length()), FontRole.BODY);
    }

    private void table(Table table, Report report) {
        for (List<Cell> row : table.rows().values()) {
            for (Cell cell : row) {
                check(cell.text(), cell.at(), 0, FontRole.TABLE);
            }
        }
        Grid grid = TableLayout.of(table, report.format());
        for (GridRow row : grid.rows()) {
            for (GridCell cell : row.cells()) {
                if (cell.role() != GridCell.Role.VALUE) {
                    FontRole role = cell.role() == GridCell.Role.NOTE ? FontRole.SUBHEADING : FontRole.TABLE;
                    check(cell.text(), Position.NONE, 0, role);
                }
            }
        }
    }

    private void text(Text text, FontRole role) {
        check(text.value(), text.at(), 0, role);
    }

    private void check(String text, Position at, int offset, FontRole role) {
        int index = offset;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isWhitespace(c) && fonts.faceFor(role, c) == null) {
                missing(c, at, index, role);
            }
            index++;
        }
    }

    private void missing(int c, Position at, int index, FontRole role) {
        Position where = at.equals(Position.NONE) ? at : new Position(at.line(), at.column() + index);
        if (!reported.add(where + "/" + c)) {
            return;
        }
        List<String> names = fonts.faces(role).stream().map(r -> r.face().name()).toList();
        problems.add(Problem.error(file, where, FontMessages.notInFonts(c, at.equals(Position.NONE), role,
                names)));
    }
}
