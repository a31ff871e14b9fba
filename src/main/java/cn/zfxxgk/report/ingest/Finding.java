package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Severity;

/**
 * One problem found while importing, printed as {@code SOURCE:where: error: what; expected} (or {@code warning: }; in
 * Chinese {@code 错误：}, {@code 警告：}), the form of the engine's own problems, and listed again as a comment at the end
 * of the written YAML.
 *
 * @param source the published file as the user named it
 * @param at where in it, or {@link Origin#FILE} when the finding concerns the whole file
 * @param text what is wrong, in both languages, with its code
 */
public record Finding(Severity severity, String source, Origin at, Message text) {

    /** Whether the import cannot go on (nothing is written). */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The kind of finding: its message's code, such as {@code import-similar-row}. */
    public String code() {
        return text.code();
    }

    /** What is wrong, in {@code language}. */
    public String message(Language language) {
        return text.in(language);
    }

    /** The finding as printed in English. */
    @Override
    public String toString() {
        return toString(Language.EN);
    }

    /** The finding as printed in {@code language}: {@code SOURCE:where: warning: …}. */
    public String toString(Language language) {
        String where = at.isFile() ? source : source + ":" + at.in(language);
        return where + ": " + severity.tag(language) + text.in(language);
    }
}
