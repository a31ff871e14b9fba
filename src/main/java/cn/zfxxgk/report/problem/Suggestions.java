package cn.zfxxgk.report.problem;

import java.util.Collection;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * "Did you mean" for misspelt names (a key of a report, a built-in of a template): the closest allowed name by edit
 * distance, when it is close enough to be a slip.
 */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The allowed name closest to {@code typed}, compared as {@code normal} makes them, if it is within a third of its
     * length (at least one edit).
     */
    public static Optional<String> closest(String typed, Collection<String> allowed, UnaryOperator<String> normal) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int distance = distance(normal.apply(typed), normal.apply(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int limit = Math.max(1, (normal.apply(typed).length() + 2) / 3);
        return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance over code points. */
    public static int distance(String a, String b) {
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
