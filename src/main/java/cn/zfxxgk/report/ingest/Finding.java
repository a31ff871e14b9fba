package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.problem.Severity;

/**
 * One problem found while importing, printed as {@code SOURCE:where: what; expected} (warnings with {@code warning: }
 * after the place) and listed again as a comment at the end of the written YAML.
 */
public record Finding(Severity severity, String source, Origin at, String message) {

    /** Whether the import cannot go on (nothing is written). */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = at.isFile() ? source : source + ":" + at;
        return where + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
