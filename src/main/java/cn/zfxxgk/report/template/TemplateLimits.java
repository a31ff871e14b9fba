package cn.zfxxgk.report.template;

import java.time.Duration;

/**
 * How much a template may do when it is evaluated for one report: a template that loops without end, calls itself
 * without end or writes without end is stopped and reported as a template problem, instead of hanging the run or
 * filling the memory. The defaults are generous: the built-in templates need a few milliseconds and about 100 KB.
 *
 * @param time how long one evaluation may take
 * @param outputChars how many characters one evaluation may write
 */
public record TemplateLimits(Duration time, long outputChars) {

    /** 10 seconds and 16 million characters. */
    public static final TemplateLimits DEFAULT = new TemplateLimits(Duration.ofSeconds(10), 16L * 1024 * 1024);

    public TemplateLimits {
        if (time.isNegative() || time.isZero() || outputChars <= 0) {
            throw new IllegalArgumentException("template limits must be positive: " + time + ", " + outputChars);
        }
    }
}
