package cn.zfxxgk.report.problem;

/** Whether a problem stops the run ({@link #ERROR}) or is printed and the documents are still written. */
public enum Severity {
    WARNING,
    ERROR;

    /** The tag printed after the place: {@code error: }, {@code warning: }; in Chinese {@code 错误：}, {@code 警告：}. */
    public String tag(Language language) {
        if (language == Language.ZH) {
            return this == ERROR ? "错误：" : "警告：";
        }
        return this == ERROR ? "error: " : "warning: ";
    }
}
