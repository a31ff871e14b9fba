package cn.zfxxgk.report.data;

import cn.zfxxgk.report.model.Position;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A small settings file of {@code key: value} lines (the rule settings {@code gen-rules.yaml}), read with the same
 * safe settings as reports: no tags, no aliases, no duplicate keys, little nesting. This package alone reads YAML.
 */
public final class SettingsYaml {

    /** One {@code key: value} line. */
    public record Entry(String key, String value, Position at) {}

    /** What is wrong with the file: not {@code key: value} lines ({@code detail} null), or not YAML. */
    public static final class Invalid extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient Position at;
        private final String detail;

        Invalid(Position at, String detail) {
            super(detail);
            this.at = at;
            this.detail = detail;
        }

        /** Where. */
        public Position at() {
            return at;
        }

        /** The parser's words when it is not YAML; null when it is YAML but not {@code key: value} lines. */
        public String detail() {
            return detail;
        }
    }

    private SettingsYaml() {}

    /** The entries of {@code text}, in file order; an empty file has none. */
    public static List<Entry> read(String text, int maxCodePoints) throws Invalid {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(8);
        options.setCodePointLimit(maxCodePoints);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new Invalid(mark == null ? Position.NONE : position(mark), String.valueOf(e.getProblem()));
        } catch (RuntimeException e) {
            throw new Invalid(Position.NONE, String.valueOf(e.getMessage()));
        }
        List<Entry> entries = new ArrayList<>();
        if (root == null) {
            return entries;
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new Invalid(position(root.getStartMark()), null);
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)
                    || !(tuple.getValueNode() instanceof ScalarNode value)) {
                throw new Invalid(position(tuple.getKeyNode().getStartMark()), null);
            }
            entries.add(new Entry(key.getValue(), value.getValue(), position(key.getStartMark())));
        }
        return entries;
    }

    private static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
