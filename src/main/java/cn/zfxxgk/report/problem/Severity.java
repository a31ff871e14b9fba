package cn.zfxxgk.report.problem;

import java.util.List;

/**
 * Whether a problem stops the run ({@link #ERROR}) or is printed and the documents are still written
 * ({@link #WARNING}); {@link #INFO} is a reviewer's checklist item or plus-point that {@code check} mentions.
 */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /**
     * The tag printed after the place: {@code error: }, {@code warning: }, {@code info: }; in Chinese {@code 错误：},
     * {@code 警告：}, {@code 提示：}.
     */
    public String tag(Language language) {
        boolean zh = language == Language.ZH;
        return switch (this) {
            case ERROR -> zh ? "错误：" : "error: ";
            case WARNING -> zh ? "警告：" : "warning: ";
            case INFO -> zh ? "提示：" : "info: ";
        };
    }

    /** How many of {@code problems} are of this severity. */
    public long countIn(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity() == this).count();
    }
}
