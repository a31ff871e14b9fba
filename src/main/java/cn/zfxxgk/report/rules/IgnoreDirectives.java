package cn.zfxxgk.report.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code # gen: ignore RULE-ID} comments of a report file, which silence a rule where the author has decided it
 * does not apply. A comment covers its own line; a comment on a line of its own also covers the next line; a comment
 * after a block's {@code |} ({@code text: |  # gen: ignore CONT-ORDINALS}) covers the whole block. Several ids may be
 * given, separated by commas or spaces. A {@code #} inside a block of text is text, not a comment.
 */
final class IgnoreDirectives {

    private static final Pattern DIRECTIVE =
            Pattern.compile("(?:^|\\s)#\\s*gen:\\s*ignore\\s+([A-Z0-9-]+(?:[\\s,，]+[A-Z0-9-]+)*)");
    private static final Pattern BLOCK_START =
            Pattern.compile(":\\s*[|>][-+0-9]*\\s*(#.*)?$|^\\s*-\\s*[|>][-+0-9]*\\s*(#.*)?$");

    private final Map<Integer, Set<String>> byLine = new HashMap<>();

    private IgnoreDirectives() {}

    /** The directives of a file given as its lines. */
    static IgnoreDirectives of(List<String> lines) {
        IgnoreDirectives directives = new IgnoreDirectives();
        int blockIndent = -1; // inside a block scalar: lines indented more than this are its text
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int indent = indent(line);
            if (blockIndent >= 0) {
                if (line.isBlank() || indent > blockIndent) {
                    continue;
                }
                blockIndent = -1;
            }
            Matcher m = DIRECTIVE.matcher(line);
            Set<String> ids = m.find() ? Set.of(m.group(1).split("[\\s,，]+")) : Set.of();
            boolean block = BLOCK_START.matcher(line).find();
            if (!ids.isEmpty()) {
                directives.cover(i + 1, ids);
                if (line.strip().startsWith("#") && i + 1 < lines.size()) {
                    directives.cover(i + 2, ids);
                }
                if (block) {
                    for (int j = i + 1;
                            j < lines.size() && (lines.get(j).isBlank() || indent(lines.get(j)) > indent);
                            j++) {
                        directives.cover(j + 1, ids);
                    }
                }
            }
            if (block) {
                blockIndent = indent;
            }
        }
        return directives;
    }

    /** Whether rule {@code id} is silenced on {@code line} (1-based). */
    boolean ignores(int line, String id) {
        return byLine.getOrDefault(line, Set.of()).contains(id);
    }

    private void cover(int line, Set<String> ids) {
        byLine.computeIfAbsent(line, l -> new HashSet<>()).addAll(ids);
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
