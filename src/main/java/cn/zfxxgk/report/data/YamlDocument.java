package cn.zfxxgk.report.data;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problems;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns a report file's bytes into a YAML node tree without ever constructing Java objects from it. Settings that are not
 * SnakeYAML's defaults, and why: no implicit typing (so {@code 0123}, {@code 1.10} and {@code no} stay the text the
 * author typed), no anchors or aliases (no alias bombs; a report never needs them), a size and a nesting limit, strict
 * UTF-8. Duplicate keys and tags are checked by the readers that walk the tree.
 */
final class YamlDocument {

    /** Report files are a few hundred lines; anything near this is not a report. */
    static final int MAX_CHARS = 2 * 1024 * 1024;
    static final int MAX_DEPTH = 40;
    /** The most bytes {@link #MAX_CHARS} characters of UTF-8 can take: a larger file is refused before it is read. */
    static final long MAX_BYTES = MAX_CHARS * 4L;

    private final String text;
    private final Node root;

    private YamlDocument(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** The root node, or empty for an empty file. */
    Optional<Node> root() {
        return Optional.ofNullable(root);
    }

    /** The decoded text, for finding where paragraph lines start. */
    String text() {
        return text;
    }

    /** Parses {@code bytes}; on failure records the problems and returns empty. */
    static Optional<YamlDocument> parse(byte[] bytes, Problems problems) {
        if (bytes.length > MAX_BYTES) {
            problems.error(Position.NONE, tooLarge(bytes.length));
            return Optional.empty();
        }
        Optional<String> decoded = decode(bytes, problems);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String text = decoded.get();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.length() > MAX_CHARS) {
            problems.error(Position.NONE, "the file has " + text.length() + " characters; expected a report file of at most "
                    + MAX_CHARS + " characters");
            return Optional.empty();
        }
        LoaderOptions options = options();
        try {
            if (!rejectAliases(text, options, problems)) {
                return Optional.empty();
            }
            Composer composer = new Composer(new ParserImpl(new StreamReader(text), options), new TextResolver(), options);
            return Optional.of(new YamlDocument(text, composer.getSingleNode()));
        } catch (MarkedYAMLException e) {
            syntaxError(e, problems);
        } catch (ReaderException e) {
            problems.error(position(text, e.getPosition()), String.format("the file contains the control character "
                    + "U+%04X; expected printable text (delete the character: it cannot be printed)", e.getCodePoint()));
        } catch (YAMLException e) {
            problems.error(Position.NONE, "the file cannot be read as YAML: " + e.getMessage()
                    + "; expected one YAML document no deeper than " + MAX_DEPTH + " levels");
        } catch (IllegalArgumentException e) {
            // SnakeYAML checks some things (a malformed tag such as '!%1') with plain runtime exceptions; found by fuzzing
            problems.error(Position.NONE, "the file cannot be read as YAML: " + e.getMessage() + "; expected plain "
                    + "values without '!' tags");
        }
        return Optional.empty();
    }

    /** The message for a file of {@code bytes} bytes, more than a report can be. */
    static String tooLarge(long bytes) {
        return "the file is " + bytes / (1024 * 1024) + " MB; expected a report file of at most "
                + MAX_CHARS / (1024 * 1024) + " million characters";
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS);
        options.setProcessComments(false);
        return options;
    }

    /** At most this many anchors and aliases are listed one by one (an alias bomb has thousands). */
    private static final int LISTED_ALIASES = 5;

    /** Reads the event stream once, refusing anchors and aliases before anything is composed. */
    private static boolean rejectAliases(String text, LoaderOptions options, Problems problems) {
        ParserImpl parser = new ParserImpl(new StreamReader(text), options);
        int found = 0;
        while (parser.peekEvent() != null && !parser.checkEvent(Event.ID.StreamEnd)) {
            Event event = parser.getEvent();
            String what = event instanceof AliasEvent alias ? "alias '*" + alias.getAnchor() + "'"
                    : event instanceof NodeEvent node && node.getAnchor() != null ? "anchor '&" + node.getAnchor() + "'"
                    : null;
            if (what != null && ++found <= LISTED_ALIASES) {
                problems.error(position(event.getStartMark()), what + " is not allowed in a report; write the value "
                        + "out in full");
            }
        }
        if (found > LISTED_ALIASES) {
            problems.error(Position.NONE, (found - LISTED_ALIASES) + " more anchors and aliases are not listed; expected "
                    + "none: a report writes every value out in full");
        }
        return found == 0;
    }

    private static void syntaxError(MarkedYAMLException e, Problems problems) {
        if (e.getContextMark() != null && "could not find expected ':'".equals(e.getProblem())) {
            // SnakeYAML notices the missing ':' on the next line; the slip is on the line where the key started.
            problems.error(position(e.getContextMark()), "YAML syntax error: this line has no ':' after its key; "
                    + "expected 'key: value' with a colon and a space after the key");
            return;
        }
        if (e.getProblem() != null && e.getProblem().startsWith("Global tag is not allowed: ")) {
            String tag = Nodes.tagName(e.getProblem().substring("Global tag is not allowed: ".length()));
            problems.error(position(e.getProblemMark()), "YAML tag '" + tag + "' is not allowed in a report; "
                    + "expected plain values without '!' tags");
            return;
        }
        if (e.getContext() != null && e.getContext().startsWith("expected a single document")) {
            problems.error(position(e.getProblemMark()), "YAML syntax error: a second document starts here ('---'); "
                    + "expected one report per file");
            return;
        }
        if (e.getProblem() != null && e.getProblem().contains("(TAB)")) {
            problems.error(position(e.getProblemMark()), "YAML syntax error: a tab character is used for indentation; "
                    + "expected spaces (YAML does not allow tabs there)");
            return;
        }
        problems.error(position(e.getProblemMark()), "YAML syntax error: " + describe(e) + "; expected 'key: value' "
                + "lines indented with spaces (see README.md, 'The YAML format')");
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        String context = e.getContext();
        return context == null ? problem : problem + " (" + context + ")";
    }

    /** The line and column of character {@code index} (a code point index, as SnakeYAML counts) of {@code text}. */
    private static Position position(String text, int index) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int offset = 0; offset < text.length() && i < index; i++) {
            int c = text.codePointAt(offset);
            offset += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }

    static Position position(Mark mark) {
        return mark == null ? Position.NONE : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Optional<String> decode(byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            problems.error(new Position(line, column), String.format(
                    "byte 0x%02X is not valid UTF-8; expected the file to be saved as UTF-8 (in Word/WPS/记事本: 另存为 UTF-8)",
                    bytes[in.position()] & 0xff));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }

    /** Resolves every plain scalar to a string: the readers decide what a value means, never YAML 1.1 typing. */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none: '0123', '1.10', 'no' and '2024-01-10' all stay text
        }
    }
}
