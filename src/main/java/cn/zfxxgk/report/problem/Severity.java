package cn.zfxxgk.report.problem;

/**
 * Whether a problem stops the run ({@link #ERROR}) or is printed and the documents are still written
 * ({@link #WARNING}); {@link #INFO} is a reviewer's checklist item or plus-point that {@code check} mentions.
 */
public enum Severity {
    INFO,
    WARNING,
    ERROR
}
