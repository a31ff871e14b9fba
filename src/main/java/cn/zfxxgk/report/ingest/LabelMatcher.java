package cn.zfxxgk.report.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds which official row, column or table a published label names — the one matcher all three formats share. Both
 * sides are normalised first (full-width to half-width, no spaces, no quotes, one kind of bracket, no leading
 * numbering such as {@code 三、}, {@code （一）} or {@code 1.}); then the label must equal a name, else contain one or be
 * contained in one (unambiguously), else be similar to one (a typo, reported), else it matches nothing.
 */
public final class LabelMatcher {

    /** How well a label matched. */
    public enum How {
        /** Equal once normalised. */
        EXACT,
        /** One contains the other, and no other name qualifies. */
        CONTAINED,
        /** Only similar: a typo or a changed word; the caller reports it. */
        SIMILAR
    }

    /** One thing a label may name, under any of its names (short name, official label). */
    public record Candidate<T>(T target, List<String> names) {

        public Candidate {
            names = List.copyOf(names);
        }

        /** A candidate known by these names. */
        public static <T> Candidate<T> of(T target, String... names) {
            return new Candidate<>(target, List.of(names));
        }
    }

    /** A label matched to {@code target}. */
    public record Match<T>(T target, How how) {}

    /** Below this similarity (1 = equal) a label names nothing. */
    private static final double SIMILAR_ENOUGH = 0.7;

    private static final Pattern NUMBERING =
            Pattern.compile("^(?:[一二三四五六七八九十]+[、.,]|\\([一二三四五六七八九十\\d]+\\)|\\d+[.、,)]|[①②③④⑤⑥⑦⑧⑨⑩])");
    private static final Pattern IGNORED = Pattern.compile("[\\s\"'“”‘’〝〞「」『』*＊:：。;；]");

    private LabelMatcher() {}

    /** The comparison form of a label. */
    public static String normalise(String label) {
        String text = Normalizer.normalize(label, Normalizer.Form.NFKC);
        text = text.replaceAll("[【〔［\\[｛{]", "(").replaceAll("[】〕］\\]｝}]", ")");
        text = IGNORED.matcher(text).replaceAll("");
        String previous;
        do {
            previous = text;
            text = NUMBERING.matcher(text).replaceFirst("");
        } while (!text.equals(previous) && !text.isEmpty());
        return text;
    }

    /** The candidate {@code label} names, if any; an ambiguous label names nothing. */
    public static <T> Optional<Match<T>> match(String label, List<Candidate<T>> candidates) {
        List<Match<T>> all = matches(label, candidates);
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /**
     * Every candidate {@code label} names at the best level reached: all exact matches, else all containment
     * matches, else the most similar candidate (none when two are equally similar). More than one means ambiguous; the
     * caller may narrow them down by context.
     */
    public static <T> List<Match<T>> matches(String label, List<Candidate<T>> candidates) {
        String key = normalise(label);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Match<T>> exact = new ArrayList<>();
        List<Match<T>> contained = new ArrayList<>();
        List<Integer> containedLengths = new ArrayList<>();
        for (Candidate<T> candidate : candidates) {
            boolean isExact = false;
            int longest = -1;
            for (String name : candidate.names()) {
                String other = normalise(name);
                if (other.equals(key)) {
                    isExact = true;
                } else if (other.length() >= 2 && key.length() >= 2 && (key.contains(other) || other.contains(key))) {
                    longest = Math.max(longest, Math.min(other.length(), key.length()));
                }
            }
            if (isExact) {
                exact.add(new Match<>(candidate.target(), How.EXACT));
            } else if (longest > 0) {
                contained.add(new Match<>(candidate.target(), How.CONTAINED));
                containedLengths.add(longest);
            }
        }
        if (!exact.isEmpty()) {
            return exact;
        }
        if (!contained.isEmpty()) {
            // the most specific containment wins: 其他法律行政法规禁止公开 over 其他 for a label that holds the former
            int best = containedLengths.stream().max(Integer::compare).orElseThrow();
            List<Match<T>> found = new ArrayList<>();
            for (int i = 0; i < contained.size(); i++) {
                if (containedLengths.get(i) == best) {
                    found.add(contained.get(i));
                }
            }
            return found;
        }
        return similar(key, candidates);
    }

    private static <T> List<Match<T>> similar(String key, List<Candidate<T>> candidates) {
        record Scored<T>(T target, double score) {}
        List<Scored<T>> scored = new ArrayList<>();
        for (Candidate<T> candidate : candidates) {
            double best = candidate.names().stream()
                    .mapToDouble(n -> similarity(key, normalise(n)))
                    .max()
                    .orElse(0);
            scored.add(new Scored<>(candidate.target(), best));
        }
        scored.sort(Comparator.comparingDouble((Scored<T> s) -> s.score()).reversed());
        if (scored.isEmpty()
                || scored.get(0).score() < SIMILAR_ENOUGH
                || scored.size() > 1 && scored.get(1).score() == scored.get(0).score()) {
            return List.of();
        }
        return List.of(new Match<>(scored.get(0).target(), How.SIMILAR));
    }

    /** 1 − the edit distance (a swap of two neighbours counts once) over the longer length. */
    static double similarity(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return 0;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return 1 - (double) d[n][m] / Math.max(n, m);
    }
}
