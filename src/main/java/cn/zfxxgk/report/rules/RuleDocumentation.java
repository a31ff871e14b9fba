package cn.zfxxgk.report.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each rule checks, as {@code docs/rules.md} says it (built into the jar): the "what it checks" cell of the rule's
 * row in its table of rules, Markdown as written ({@code `15（含失效的8件）`}). One text, so that the check report and
 * the documentation cannot say different things.
 */
public final class RuleDocumentation {

    /** Where the documentation is in the jar and, for people, in the project. */
    public static final String SOURCE = "docs/rules.md";

    private static final Map<String, String> BY_ID = read();

    private RuleDocumentation() {}

    /** What rule {@code id} checks, in English Markdown; empty for an id that is not a rule's. */
    public static Optional<String> of(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    private static Map<String, String> read() {
        try (InputStream in = RuleDocumentation.class.getResourceAsStream("rules.md")) {
            if (in == null) {
                throw new IllegalStateException("rules.md is not built into the jar");
            }
            Map<String, String> rules = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                // | `FEE-SEC6` | error | what it checks | 13 |
                String[] cells = line.split("\\|", -1);
                if (cells.length == 6 && cells[1].strip().matches("`[A-Z0-9-]+`")) {
                    String id = cells[1].strip().replace("`", "");
                    if (RuleEngine.ids().contains(id)) {
                        rules.put(id, cells[3].strip());
                    }
                }
            }
            return Map.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
