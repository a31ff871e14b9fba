package cn.zfxxgk.report.data;

import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Writes text as a YAML scalar that the report reader gives back unchanged: plain where YAML reads it as written (as
 * authors write Chinese text), double-quoted by SnakeYAML's emitter where it would not — a value holding {@code # },
 * {@code : }, a leading {@code [} or quote, a comma inside a flow list, or one that YAML reads as nothing ({@code ~},
 * {@code null}). Whether plain is safe is decided by reading the plain form back, not by a list of rules of our own.
 * One instance is not for several threads at once.
 */
public final class YamlScalars {

    private static final Set<String> NOTHING = Set.of("", "~", "null", "Null", "NULL");

    private final Yaml reader;
    private final Yaml quoter;

    public YamlScalars() {
        LoaderOptions loading = new LoaderOptions();
        loading.setAllowDuplicateKeys(false);
        loading.setMaxAliasesForCollections(0);
        this.reader = new Yaml(loading);
        DumperOptions dumping = new DumperOptions();
        dumping.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        dumping.setWidth(Integer.MAX_VALUE);
        dumping.setSplitLines(false);
        dumping.setAllowUnicode(true);
        this.quoter = new Yaml(dumping);
    }

    /** {@code value} as the value of a block mapping entry or a block list item ({@code key: value}, {@code - value}). */
    public String block(String value) {
        return readsBack("key: " + value, value, false) ? value : quoted(value);
    }

    /** {@code value} as an item of a flow list ({@code [a, b]}). */
    public String flow(String value) {
        return readsBack("[" + value + "]", value, true) ? value : quoted(value);
    }

    private boolean readsBack(String document, String value, boolean inList) {
        if (NOTHING.contains(value) || !value.equals(value.strip()) || value.contains("\n")) {
            return false;
        }
        try {
            Node root = reader.compose(new java.io.StringReader(document));
            Node node = inList
                    ? root instanceof SequenceNode list && list.getValue().size() == 1
                            ? list.getValue().get(0)
                            : null
                    : root instanceof org.yaml.snakeyaml.nodes.MappingNode map
                                    && map.getValue().size() == 1
                            ? map.getValue().get(0).getValueNode()
                            : null;
            return node instanceof ScalarNode scalar
                    && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                    && scalar.getValue().equals(value);
        } catch (RuntimeException e) {
            return false; // not YAML as plain text: quote it
        }
    }

    private String quoted(String value) {
        return quoter.dump(value).strip();
    }
}
