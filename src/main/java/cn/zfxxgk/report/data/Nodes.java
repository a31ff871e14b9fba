package cn.zfxxgk.report.data;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problems;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Small readings of YAML nodes shared by the readers: positions, texts, and what a node is called in a message. */
final class Nodes {

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    private Nodes() {}

    static Position position(Node node) {
        return YamlDocument.position(node.getStartMark());
    }

    /** Whether the node is YAML's "nothing": an empty value, {@code ~} or {@code null} (unquoted), or {@code ""}. */
    static boolean isEmpty(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return false;
        }
        boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        return plain ? NULLS.contains(scalar.getValue()) : scalar.getValue().isEmpty();
    }

    /** The node's text, or an error naming {@code what} when it is a list or a mapping. */
    static Optional<String> text(Node node, DataMessages.Term what, Problems problems) {
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.error(position(node), DataMessages.notText(what, describe(node)));
        return Optional.empty();
    }

    /** How a node is called in a message: a list, a mapping, or the quoted text. */
    static DataMessages.Term describe(Node node) {
        if (node instanceof SequenceNode) {
            return DataMessages.describe("list", null);
        }
        if (node instanceof MappingNode) {
            return DataMessages.describe("mapping", null);
        }
        return DataMessages.describe("text", ((ScalarNode) node).getValue());
    }

    /** A tag as the author wrote it: {@code tag:yaml.org,2002:int} is {@code !!int}. */
    static String tagName(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    /**
     * Reports what no report needs and no document can carry: explicit YAML tags ({@code !!java…}, {@code !!int}),
     * control characters (which a double-quoted {@code "\u0001"} can smuggle past the YAML reader; XML cannot hold them)
     * and invisible direction or zero-width characters.
     */
    static void rejectUnsafe(Node node, Problems problems) {
        Tag expected = node instanceof ScalarNode ? Tag.STR : node instanceof SequenceNode ? Tag.SEQ : Tag.MAP;
        if (!node.getTag().equals(expected)) {
            problems.error(
                    position(node),
                    DataMessages.tagNotAllowed(tagName(node.getTag().getValue())));
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            value.codePoints()
                    .filter(Nodes::isControl)
                    .findFirst()
                    .ifPresent(c -> problems.error(position(node), DataMessages.controlCharacter(c)));
            loneSurrogate(value).ifPresent(c -> problems.error(position(node), DataMessages.loneSurrogate(c)));
            invisible(value).ifPresent(c -> problems.error(position(node), DataMessages.invisible(c, name(c))));
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(child -> rejectUnsafe(child, problems));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                rejectUnsafe(tuple.getKeyNode(), problems);
                rejectUnsafe(tuple.getValueNode(), problems);
            }
        }
    }

    /**
     * The first character of {@code text} that prints as nothing yet changes how the text reads, compares or is
     * searched: Unicode's format characters (direction marks and overrides, zero-width spaces and joiners, the soft
     * hyphen, tag characters) and its other default-ignorable characters (fillers, the combining grapheme joiner,
     * Mongolian selectors, variation selectors). A variation selector right after a Chinese character is let through:
     * it asks for one of the character's variant shapes, and the font check before the PDF is drawn says whether the
     * fonts have it.
     */
    static OptionalInt invisible(String text) {
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean variation = (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
            if (variation ? !isIdeograph(previous) : isInvisible(c)) {
                return OptionalInt.of(c);
            }
            previous = c;
        }
        return OptionalInt.empty();
    }

    private static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT
                || c == 0x034F
                || c == 0x115F
                || c == 0x1160
                || (c >= 0x17B4 && c <= 0x17B5)
                || (c >= 0x180B && c <= 0x180F)
                || (c >= 0x2060 && c <= 0x206F)
                || c == 0x3164
                || c == 0xFFA0
                || (c >= 0xFFF0 && c <= 0xFFF8)
                || (c >= 0xE0000 && c <= 0xE0FFF);
    }

    private static boolean isIdeograph(int c) {
        return c >= 0 && Character.isIdeographic(c);
    }

    /** A surrogate not paired with its other half (only an escape such as {@code "\\uD800"} can make one). */
    private static Optional<Character> loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String name(int c) {
        String name = Character.getName(c);
        return name == null ? "unassigned" : name;
    }

    private static boolean isControl(int c) {
        return c != '\n' && c != '\t' && (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF);
    }
}
