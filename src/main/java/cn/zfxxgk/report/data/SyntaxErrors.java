package cn.zfxxgk.report.data;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problems;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a YAML syntax error, as the parser words it ({@code expected <block end>, but found '<block mapping start>'}),
 * into what the author did, at the place where the author did it: a '[' or a quote left open (where it opens, not at
 * the end of the file where the parser gives up), a full-width colon, a colon without its space, a line indented out of
 * step, a tab, a second document. The parser notices many slips a line later than they are made, so the lines up to
 * the one it names are looked at too.
 */
final class SyntaxErrors {

    private static final Pattern CANNOT_START = Pattern.compile("found character '(.)' that cannot start any token");
    /** A key followed by a full-width colon, the Chinese input method's. */
    private static final Pattern FULL_WIDTH_COLON = Pattern.compile("^\\s*(?:-\\s+)?[^\\s:#：\"'\\[{][^:#：]*(：)");
    /** A key followed by a colon and no space: {@code year:2023}. */
    private static final Pattern NO_SPACE = Pattern.compile("^\\s*(?:-\\s+)?[^\\s:#\"'\\[{][^:#\"']*(:)[^\\s:/]");

    private final MarkedYAMLException error;
    private final String[] lines;

    private SyntaxErrors(MarkedYAMLException error, String text) {
        this.error = error;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** Records {@code error}, which the parser raised reading {@code text}, as an author's slip. */
    static void report(MarkedYAMLException error, String text, Problems problems) {
        SyntaxErrors errors = new SyntaxErrors(error, text);
        Slip slip = errors.slip();
        problems.error(slip.at(), slip.message());
    }

    private record Slip(Position at, Message message) {}

    private Slip slip() {
        String problem = error.getProblem() == null ? "" : error.getProblem();
        String context = error.getContext() == null ? "" : error.getContext();
        Mark problemMark = error.getProblemMark();
        Mark contextMark = error.getContextMark();
        if (context.startsWith("expected a single document")) {
            return at(problemMark, DataMessages.secondDocument());
        }
        if (problem.contains("(TAB)")) {
            return at(problemMark, DataMessages.tab());
        }
        if (problem.startsWith("Global tag is not allowed: ")) {
            return at(
                    problemMark,
                    DataMessages.tagNotAllowed(
                            Nodes.tagName(problem.substring("Global tag is not allowed: ".length()))));
        }
        if (contextMark != null
                && (context.startsWith("while parsing a flow sequence")
                        || context.startsWith("while parsing a flow mapping"))
                && (problemMark == null || problemMark.getLine() != contextMark.getLine())) {
            return at(contextMark, DataMessages.unclosed(context.contains("sequence") ? '[' : '{'));
        }
        if (problem.contains("found '<stream end>'") && context.contains("flow")) {
            // the file ends inside a '[' or '{': name the one left open, where it opens
            Position open = unclosedBracket();
            if (open != null) {
                return new Slip(open, DataMessages.unclosed(lines[open.line() - 1].charAt(open.column() - 1)));
            }
        }
        if (contextMark != null && context.startsWith("while scanning a quoted scalar")) {
            return at(contextMark, DataMessages.unclosed(characterAt(contextMark)));
        }
        Slip typed = typingSlip(
                contextMark != null
                        ? Math.min(contextMark.getLine(), line(problemMark))
                        : Math.max(0, line(problemMark) - 1),
                line(problemMark));
        if (typed != null) {
            return typed;
        }
        if (contextMark != null && problem.equals("could not find expected ':'")) {
            // the parser notices the missing ':' on the next line; the slip is on the line where the key started
            return at(contextMark, DataMessages.noColon());
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return at(problemMark, DataMessages.colonInValue());
        }
        Matcher cannotStart = CANNOT_START.matcher(problem);
        if (cannotStart.find()) {
            return at(problemMark, DataMessages.cannotStart(cannotStart.group(1).charAt(0)));
        }
        if (problem.startsWith("expected <block end>, but found ']'")
                || problem.startsWith("expected <block end>, but found '}'")) {
            return at(problemMark, DataMessages.closesNothing(problem.charAt(problem.length() - 2)));
        }
        if (problem.startsWith("expected <block end>, but found '<scalar>'") && quoteEndsBefore(problemMark)) {
            return at(problemMark, DataMessages.afterQuote());
        }
        if (problem.startsWith("expected <block end>")
                || problem.startsWith("did not find expected key")
                || problem.startsWith("did not find expected '-'")) {
            return at(problemMark, DataMessages.indentation());
        }
        String what = problem.isEmpty() ? "malformed YAML" : problem;
        return at(problemMark, DataMessages.yamlSyntax(context.isEmpty() ? what : what + " (" + context + ")"));
    }

    /**
     * A full-width colon or a colon without its space on a line from {@code first} to {@code last} (0-based) that is
     * indented no deeper than {@code last}: a deeper one is a paragraph of a text block, where '：' is just Chinese.
     */
    private Slip typingSlip(int first, int last) {
        int indent = last < lines.length ? indentation(lines[last]) : 0;
        for (int line = Math.max(0, first); line <= last && line < lines.length; line++) {
            if (indentation(lines[line]) > indent) {
                continue;
            }
            Matcher fullWidth = FULL_WIDTH_COLON.matcher(lines[line]);
            if (fullWidth.find()) {
                return new Slip(new Position(line + 1, fullWidth.start(1) + 1), DataMessages.fullWidth('：', ':'));
            }
            Matcher noSpace = NO_SPACE.matcher(lines[line]);
            if (noSpace.find() && !lines[line].strip().startsWith("#")) {
                return new Slip(new Position(line + 1, noSpace.start(1) + 1), DataMessages.noSpaceAfterColon());
            }
        }
        return null;
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether a closing quote stands right before the text at {@code mark} on its line. */
    private boolean quoteEndsBefore(Mark mark) {
        String line = mark == null || mark.getLine() >= lines.length ? "" : lines[mark.getLine()];
        String before =
                line.substring(0, Math.min(line.length(), mark.getColumn())).stripTrailing();
        return before.endsWith("\"") || before.endsWith("'");
    }

    private char characterAt(Mark mark) {
        String line = mark.getLine() < lines.length ? lines[mark.getLine()] : "";
        return mark.getColumn() < line.length() ? line.charAt(mark.getColumn()) : '"';
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine();
    }

    /**
     * The last '[' or '{' of the file that nothing closes (outside quotes and comments), 1-based; null when every one
     * is closed.
     */
    private Position unclosedBracket() {
        Deque<Position> open = new ArrayDeque<>();
        for (int l = 0; l < lines.length; l++) {
            char quote = 0;
            String line = lines[l];
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (quote != 0) {
                    quote = ch == quote ? 0 : quote;
                } else if ((ch == '"' || ch == '\'') && startsValue(line, c)) {
                    quote = ch;
                } else if (ch == '#' && (c == 0 || Character.isWhitespace(line.charAt(c - 1)))) {
                    break;
                } else if (ch == '[' || ch == '{') {
                    open.push(new Position(l + 1, c + 1));
                } else if ((ch == ']' || ch == '}') && !open.isEmpty()) {
                    open.pop();
                }
            }
        }
        return open.peek();
    }

    /** Whether position {@code c} of {@code line} is where a value may start (a quote there opens a quoted scalar). */
    private static boolean startsValue(String line, int c) {
        String before = line.substring(0, c).stripTrailing();
        return before.isEmpty() || ":[{,-".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    private static Slip at(Mark mark, Message message) {
        return new Slip(YamlDocument.position(mark), message);
    }
}
