package cn.zfxxgk.report.data;

import cn.zfxxgk.report.form.Labels;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problems;
import cn.zfxxgk.report.problem.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping being read: keys must be text and unique, and every key the reader did not take is reported as
 * unknown, with a did-you-mean, once reading is done.
 */
final class Mapping {

    /** One key of the mapping with its value. */
    record Entry(String key, Position at, Node value) {}

    private final Node node;
    private final Problems problems;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Message> missing = new LinkedHashMap<>();

    private Mapping(MappingNode node, Problems problems) {
        this.node = node;
        this.problems = problems;
        Map<String, Position> first = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Position at = Nodes.position(keyNode);
            if (!(keyNode instanceof ScalarNode scalar)) {
                problems.error(at, DataMessages.keyNotText(Nodes.describe(keyNode)));
                continue;
            }
            String key = scalar.getValue().strip();
            Position earlier = first.putIfAbsent(key, at);
            if (earlier != null) {
                problems.error(at, DataMessages.duplicateKey(key, earlier.line()));
                continue;
            }
            entries.put(key, new Entry(key, at, tuple.getValueNode()));
        }
    }

    /** The mapping at {@code node}, or an error naming {@code what} when the node is something else. */
    static Optional<Mapping> of(Node node, DataMessages.Term what, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new Mapping(mapping, problems));
        }
        problems.error(Nodes.position(node), DataMessages.notMapping(what, Nodes.describe(node)));
        return Optional.empty();
    }

    /** Where the mapping starts. */
    Position at() {
        return Nodes.position(node);
    }

    /** The value of {@code key}, taking it; empty when the key is absent. */
    Optional<Node> take(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        taken.add(key);
        return Optional.of(entry.value());
    }

    /** The entry of {@code key}, taking it. */
    Optional<Entry> entry(String key) {
        Optional<Node> value = take(key);
        return value.map(v -> entries.get(key));
    }

    /** The entries whose key satisfies {@code matches}, taking them. */
    List<Entry> takeAll(Predicate<String> matches) {
        List<Entry> found = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (!taken.contains(entry.key()) && matches.test(entry.key())) {
                taken.add(entry.key());
                found.add(entry);
            }
        }
        return found;
    }

    /**
     * Records that required key {@code key} is missing. The message is reported by {@link #rejectUnknown} unless an
     * unknown key is a slip for it, so a misspelt key gives one message, not two.
     */
    void missing(String key, Message message) {
        missing.put(key, message);
    }

    /**
     * Reports every key nobody took as unknown, suggesting the closest of {@code allowed}, then the missing keys;
     * {@code where} names the mapping (null for the file's top level).
     */
    void rejectUnknown(DataMessages.Term where, Collection<String> allowed) {
        Set<String> suggested = new HashSet<>();
        for (Entry entry : entries.values()) {
            if (!taken.contains(entry.key())) {
                Optional<String> closest = Suggestions.closest(entry.key(), allowed, Labels::key);
                closest.ifPresent(suggested::add);
                problems.error(
                        entry.at(),
                        DataMessages.unknownKey(entry.key(), where, closest.orElse(null), List.copyOf(allowed)));
            }
        }
        missing.forEach((key, message) -> {
            if (!suggested.contains(key)) {
                problems.error(at(), message);
            }
        });
    }
}
