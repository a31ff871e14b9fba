package cn.zfxxgk.report.problem;

/** Whether a problem stops the run ({@link #ERROR}) or is printed and the documents are still written. */
public enum Severity {
    WARNING,
    ERROR
}
