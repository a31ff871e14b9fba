package cn.zfxxgk.report.data;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problems;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
            problems.error(Position.NONE, DataMessages.tooManyCharacters(text.length(), MAX_CHARS));
            return Optional.empty();
        }
        LoaderOptions options = options();
        try {
            if (!rejectAliases(text, options, problems)) {
                return Optional.empty();
            }
            Composer composer =
                    new Composer(new ParserImpl(new StreamReader(text), options), new TextResolver(), options);
            return Optional.of(new YamlDocument(text, composer.getSingleNode()));
        } catch (MarkedYAMLException e) {
            SyntaxErrors.report(e, text, problems);
        } catch (ReaderException e) {
            problems.error(position(text, e.getPosition()), DataMessages.controlCharacterInFile(e.getCodePoint()));
        } catch (YAMLException e) {
            problems.error(Position.NONE, DataMessages.yamlUnreadable(e.getMessage(), MAX_DEPTH));
        } catch (IllegalArgumentException e) {
            // SnakeYAML checks some things (a malformed tag such as '!%1') with plain runtime exceptions; found by
            // fuzzing
            problems.error(Position.NONE, DataMessages.yamlMalformedTag(e.getMessage()));
        }
        return Optional.empty();
    }

    /** The message for a file of {@code bytes} bytes, more than a report can be. */
    static Message tooLarge(long bytes) {
        return DataMessages.tooLarge(bytes / (1024 * 1024), MAX_CHARS / (1024 * 1024));
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
            Message what = event instanceof AliasEvent alias
                    ? DataMessages.aliasNotAllowed(true, alias.getAnchor())
                    : event instanceof NodeEvent node && node.getAnchor() != null
                            ? DataMessages.aliasNotAllowed(false, node.getAnchor())
                            : null;
            if (what != null && ++found <= LISTED_ALIASES) {
                problems.error(position(event.getStartMark()), what);
            }
        }
        if (found > LISTED_ALIASES) {
            problems.error(Position.NONE, DataMessages.moreAliases(found - LISTED_ALIASES));
        }
        return found == 0;
    }

    /** The line and column of character {@code index} (a code point index, as SnakeYAML counts) of {@code text}. */
    static Position position(String text, int index) {
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
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            if (isUtf16(bytes)) {
                problems.error(Position.NONE, DataMessages.utf16());
            } else if (isGbk(bytes)) {
                problems.error(Position.NONE, DataMessages.gbk());
            } else {
                out.flip();
                String before = out.toString();
                int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
                int column = before.length() - before.lastIndexOf('\n');
                problems.error(new Position(line, column), DataMessages.notUtf8(bytes[in.position()] & 0xff));
            }
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }

    /**
     * Whether {@code bytes} are UTF-16: a byte order mark (记事本 writes one), or text whose every other byte is zero
     * (ASCII letters, as keys are).
     */
    private static boolean isUtf16(byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return true;
        }
        int zeros = 0;
        int sample = Math.min(bytes.length, 200);
        for (int i = 0; i < sample; i++) {
            zeros += bytes[i] == 0 ? 1 : 0;
        }
        return sample >= 8 && zeros * 3 >= sample;
    }

    /** Whether {@code bytes} read as GB18030 (which includes GBK and GB2312) without a fault and hold Chinese. */
    private static boolean isGbk(byte[] bytes) {
        try {
            String text = Charset.forName("GB18030")
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.codePoints().anyMatch(Character::isIdeographic);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Resolves every plain scalar to a string: the readers decide what a value means, never YAML 1.1 typing. */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none: '0123', '1.10', 'no' and '2024-01-10' all stay text
        }
    }
}
