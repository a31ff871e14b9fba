package cn.zfxxgk.report.fonts;

import cn.zfxxgk.report.layout.SignatureLayout;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.problem.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks, before anything is drawn, that every character of a report is in one of the fonts that will draw it, so a
 * PDF never shows a {@code #} or an empty box in place of a character. Which fonts draw a text is not known here: it
 * is what the template's CSS gives the text, as the typesetter resolved it ({@link DrawnText}), so an editor who
 * restyles the template moves the check with the text. A missing character is an error at its line and column in the
 * YAML, found by matching the drawn text with the report's texts; text the report does not hold (the template's fixed
 * text, the tables' labels) is an error of the whole file.
 */
public final class FontCoverage {

    private final FontSet fonts;
    private final String file;
    private final List<Text> texts = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    private FontCoverage(FontSet fonts, String file) {
        this.fonts = fonts;
        this.file = file;
    }

    /**
     * The characters of {@code drawn} (the pages of {@code report}, read from {@code file}, their page numbers
     * included) that none of their fonts has.
     */
    public static List<Problem> check(Report report, List<DrawnText> drawn, FontSet fonts, String file) {
        FontCoverage coverage = new FontCoverage(fonts, file);
        coverage.collect(report);
        for (DrawnText text : drawn) {
            coverage.check(text);
        }
        return coverage.problems.stream()
                .sorted(Comparator.comparingInt((Problem p) -> p.at().line()).thenComparingInt(p -> p.at().column()))
                .toList();
    }

    /** Every text of the report that has a place in the YAML. */
    private void collect(Report report) {
        texts.addAll(report.title());
        texts.addAll(report.preamble());
        for (Section section : report.sections()) {
            texts.add(section.heading());
            texts.addAll(section.paragraphs());
            if (section.table() != null) {
                for (List<Cell> row :
                        report.table(section.table()).orElseThrow().rows().values()) {
                    for (Cell cell : row) {
                        texts.add(new Text(cell.text(), cell.at()));
                    }
                }
            }
        }
        report.signatureBlock().ifPresent(signature -> {
            if (signature.agency() != null) {
                texts.add(signature.agency());
            }
            if (signature.date() != null) {
                texts.add(new Text(SignatureLayout.format(signature.date()), signature.dateAt()));
            }
        });
    }

    /** Checks every character of {@code drawn} against its families. */
    private void check(DrawnText drawn) {
        String text = drawn.text();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (fonts.faceFor(drawn.families(), c) == null) {
                missing(c, drawn, fonts.roles(drawn.families()));
            }
        }
    }

    /** Reports {@code c} of {@code drawn} at each place of the YAML it comes from, or for the whole file. */
    private void missing(int c, DrawnText drawn, List<FontRole> roles) {
        List<Position> places = places(c, drawn.text());
        for (Position where : places.isEmpty() ? List.of(Position.NONE) : places) {
            if (!reported.add(where + "/" + c)) {
                continue;
            }
            boolean fixedText = where.equals(Position.NONE);
            problems.add(Problem.error(
                    file,
                    where,
                    roles.isEmpty()
                            ? FontMessages.notInFamilies(c, fixedText, drawn.families())
                            : FontMessages.notInFonts(
                                    c,
                                    fixedText,
                                    roles,
                                    fonts.faces(roles.get(0)).stream()
                                            .map(f -> f.face().name())
                                            .toList())));
        }
    }

    /**
     * Where {@code c} of the drawn {@code text} stands in the YAML: in the report's texts that are the drawn text (or,
     * when none is, that hold it or that it holds, as a paragraph holds its run-in heading), at the occurrences of
     * {@code c} inside the drawn part. Whitespace is left aside, as the page collapses it.
     */
    private List<Position> places(int c, String text) {
        String drawn = strip(text);
        List<Position> exact = new ArrayList<>();
        List<Position> near = new ArrayList<>();
        for (Text source : texts) {
            if (source.at().equals(Position.NONE)) {
                continue;
            }
            String value = strip(source.value());
            if (value.equals(drawn)) {
                occurrences(c, source, 0, value.length(), exact);
            } else if (!drawn.isEmpty() && value.contains(drawn)) {
                int from = value.indexOf(drawn);
                occurrences(c, source, from, from + drawn.length(), near);
            } else if (!value.isEmpty() && drawn.contains(value)) {
                occurrences(c, source, 0, value.length(), near);
            }
        }
        return exact.isEmpty() ? near : exact;
    }

    /** Adds the place of each {@code c} between {@code from} and {@code to} (chars of the stripped value). */
    private static void occurrences(int c, Text source, int from, int to, List<Position> places) {
        String value = source.value();
        int stripped = 0;
        int column = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int width = Character.charCount(cp);
            if (!Character.isWhitespace(cp)) {
                if (cp == c && stripped >= from && stripped < to) {
                    places.add(new Position(source.at().line(), source.at().column() + column));
                }
                stripped += width;
            }
            i += width;
            column++;
        }
    }

    private static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
