package cn.zfxxgk.report.problem;

import cn.zfxxgk.report.model.Position;

/**
 * One problem, printed as {@code file:line:col: error: what is wrong; what was expected} (or {@code warning:}; in
 * Chinese {@code 错误：}, {@code 警告：}; a reviewer's checklist item {@code info:}, {@code 提示：}), the form every compiler user knows and every editor can jump to.
 *
 * @param file the file as the user named it, relative to where the command was run
 * @param at where in the file, or {@link Position#NONE} when the problem concerns the whole file
 * @param text what is wrong, in both languages, with its code
 */
public record Problem(Severity severity, String file, Position at, Message text) {

    /** An error at {@code at}. */
    public static Problem error(String file, Position at, Message text) {
        return new Problem(Severity.ERROR, file, at, text);
    }

    /** A warning at {@code at}. */
    public static Problem warning(String file, Position at, Message text) {
        return new Problem(Severity.WARNING, file, at, text);
    }

    /** The same problem with another severity (how a project's rule settings raise or lower a rule). */
    public Problem as(Severity other) {
        return new Problem(other, file, at, text);
    }

    /** Whether this problem stops the run. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem as an error (how {@code --strict} treats a failed 勾稽 rule). */
    public Problem asError() {
        return new Problem(Severity.ERROR, file, at, text);
    }

    /** The kind of problem: its message's code. */
    public String code() {
        return text.code();
    }

    /** What is wrong, in English. */
    public String message() {
        return text.en();
    }

    /** What is wrong, in {@code language}. */
    public String message(Language language) {
        return text.in(language);
    }

    /** The problem as printed in English. */
    @Override
    public String toString() {
        return toString(Language.EN);
    }

    /** The problem as printed in {@code language}: {@code file:line:col: error: …}. */
    public String toString(Language language) {
        String where = at.equals(Position.NONE) ? file : file + ":" + at.line() + ":" + at.column();
        return where + ": " + severity.tag(language) + text.in(language);
    }
}
