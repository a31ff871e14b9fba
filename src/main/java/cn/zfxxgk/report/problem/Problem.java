package cn.zfxxgk.report.problem;

import cn.zfxxgk.report.model.Position;

/**
 * One problem, printed as {@code file:line:col: what is wrong; what was expected} (warnings with {@code warning: }
 * after the position), the form every compiler user knows and every editor can jump to.
 *
 * @param file the file as the user named it, relative to where the command was run
 * @param at where in the file, or {@link Position#NONE} when the problem concerns the whole file
 */
public record Problem(Severity severity, String file, Position at, String message) {

    /** An error at {@code at}. */
    public static Problem error(String file, Position at, String message) {
        return new Problem(Severity.ERROR, file, at, message);
    }

    /** A warning at {@code at}. */
    public static Problem warning(String file, Position at, String message) {
        return new Problem(Severity.WARNING, file, at, message);
    }

    /** Whether this problem stops the run. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem as an error (how {@code --strict} treats a failed 勾稽 rule). */
    public Problem asError() {
        return new Problem(Severity.ERROR, file, at, message);
    }

    @Override
    public String toString() {
        String where = at.equals(Position.NONE) ? file : file + ":" + at.line() + ":" + at.column();
        return where + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
