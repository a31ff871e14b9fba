package cn.zfxxgk.report.data;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problems;
import java.util.Optional;
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

    private Nodes() {
    }

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
    static Optional<String> text(Node node, String what, Problems problems) {
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.error(position(node), what + " is " + describe(node) + "; expected text");
        return Optional.empty();
    }

    /** How a node is called in a message: "a list", "a mapping", or the quoted text. */
    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping (key: value lines)";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
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
            problems.error(position(node), "YAML tag '" + tagName(node.getTag().getValue()) + "' is not allowed in a "
                    + "report; expected plain values without '!' tags");
        }
        if (node instanceof ScalarNode scalar) {
            scalar.getValue().codePoints().filter(Nodes::isControl).findFirst().ifPresent(c -> problems.error(
                    position(node), String.format("text contains the control character U+%04X; expected printable text "
                            + "(delete the character: it cannot be printed)", c)));
            scalar.getValue().codePoints().filter(Nodes::isInvisible).findFirst().ifPresent(c -> problems.error(
                    position(node), String.format("text contains the invisible character U+%04X (%s); expected visible "
                            + "text (delete it: it changes how text reads without being seen)", c, Character.getName(c))));
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(child -> rejectUnsafe(child, problems));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                rejectUnsafe(tuple.getKeyNode(), problems);
                rejectUnsafe(tuple.getValueNode(), problems);
            }
        }
    }

    /** Direction overrides and zero-width characters: invisible in print, able to make text read differently. */
    private static boolean isInvisible(int c) {
        return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069)
                || c == 0xFEFF;
    }

    private static boolean isControl(int c) {
        return c != '\n' && c != '\t' && (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF);
    }
}
