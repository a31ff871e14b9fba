package cn.zfxxgk.report.render.pdf;

import cn.zfxxgk.report.layout.LineBreaks;
import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.function.Function;

/**
 * The line breaker openhtmltopdf asks where a line of text may end ({@code useUnicodeLineBreaker}), answering with
 * the Chinese rules of {@link LineBreaks} instead of the JDK's, which break a date or a web address at its dots and
 * know nothing of numbers with units. The second form ({@code useUnicodeCharacterBreaker}) is asked only for a run too
 * long for a whole line, and breaks an address only after {@code /}, a dot of its host name or {@code @}.
 */
final class ChineseLineBreaker implements FSTextBreaker {

    private final Function<String, int[]> rules;
    private int[] offsets = new int[0];
    private int next;

    private ChineseLineBreaker(Function<String, int[]> rules) {
        this.rules = rules;
    }

    /** Where lines may end. */
    static ChineseLineBreaker lines() {
        return new ChineseLineBreaker(LineBreaks::opportunities);
    }

    /** Where a run longer than a line may be broken. */
    static ChineseLineBreaker insideRuns() {
        return new ChineseLineBreaker(LineBreaks::insideRun);
    }

    @Override
    public void setText(String text) {
        offsets = rules.apply(text);
        next = 0;
    }

    @Override
    public int next() {
        return next < offsets.length ? offsets[next++] : BreakIterator.DONE;
    }
}
