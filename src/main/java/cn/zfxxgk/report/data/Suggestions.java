package cn.zfxxgk.report.data;

import cn.zfxxgk.report.form.Labels;
import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for misspelt keys: the closest allowed key by edit distance, when it is close enough to be a slip. */
final class Suggestions {

    private Suggestions() {
    }

    /** The allowed key closest to {@code typed}, if it is within a third of its length (at least one edit). */
    static Optional<String> closest(String typed, Collection<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int distance = distance(Labels.key(typed), Labels.key(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int limit = Math.max(1, (Labels.key(typed).length() + 2) / 3);
        return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The "; did you mean …" or "; expected one of …" half of an unknown-key message. */
    static String expected(String typed, Collection<String> allowed) {
        return closest(typed, allowed)
                .map(s -> "did you mean '" + s + "'?")
                .orElse("expected one of " + String.join(", ", allowed));
    }

    /** Levenshtein distance over code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
