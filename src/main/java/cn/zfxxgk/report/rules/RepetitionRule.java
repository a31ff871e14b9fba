package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CONT-DUP-YOY: 一、总体情况 and 五、存在的主要问题及改进情况 are not last year's again (年年雷同, criticised in both
 * notices). The measure, in one sentence: after dropping digits, spaces and punctuation, the share of the two texts'
 * pairs of adjacent characters that they have in common (Jaccard index of character bigrams) — above
 * {@value #SIMILAR} — or at least {@value #SENTENCES} sentences of ten characters or more that are identical; the
 * repeated sentences are quoted.
 */
final class RepetitionRule implements Rule {

    static final double SIMILAR = 0.6;
    static final int SENTENCES = 3;
    private static final int MIN_SENTENCE = 10;
    private static final int QUOTED = 3;

    @Override
    public String id() {
        return "CONT-DUP-YOY";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        if (input.lastYear().isEmpty()) {
            return;
        }
        Report last = input.lastYear().get().report();
        for (int n : new int[] {1, 5}) {
            Optional<Section> now = ReportText.official(input.report(), n);
            Optional<Section> before = ReportText.official(last, n);
            if (now.isEmpty() || before.isEmpty()) {
                continue;
            }
            String thisText = ReportText.joined(now.get());
            String lastText = ReportText.joined(before.get());
            double similarity = jaccard(bigrams(normal(thisText)), bigrams(normal(lastText)));
            List<String> repeated = repeated(thisText, lastText);
            if (similarity > SIMILAR || repeated.size() >= SENTENCES) {
                findings.add(
                        now.get().heading().at(),
                        RuleMessages.repeatedFromLastYear(
                                now.get().heading().value(),
                                (int) Math.round(similarity * 100),
                                repeated.size(),
                                repeated.subList(0, Math.min(QUOTED, repeated.size())),
                                input.lastYear().get().file()));
            }
        }
    }

    /** The sentences of {@code text} (as written) that last year's text has too, once each. */
    static List<String> repeated(String text, String last) {
        Set<String> before = new HashSet<>();
        for (String sentence : sentences(last)) {
            before.add(normal(sentence));
        }
        Set<String> found = new LinkedHashSet<>();
        for (String sentence : sentences(text)) {
            String key = normal(sentence);
            if (key.length() >= MIN_SENTENCE && before.contains(key)) {
                found.add(sentence);
            }
        }
        return new ArrayList<>(found);
    }

    private static List<String> sentences(String text) {
        List<String> list = new ArrayList<>();
        for (String sentence : text.split("(?<=[。！？；;!?])|\\n")) {
            String stripped = sentence.strip();
            if (!stripped.isEmpty()) {
                list.add(stripped);
            }
        }
        return list;
    }

    /** Only letters, without digits (the years and counts change), spaces or punctuation. */
    static String normal(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Set<String> bigrams(String text) {
        Set<String> set = new HashSet<>();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            set.add(new String(cps, i, 2));
        }
        return set;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }
}
