package cn.zfxxgk.report.form;

/** What a value cell of an official table may hold. */
public enum ColumnKind {
    /** A whole number ≥ 0. In table 二 it may carry a note after it: {@code 15（含失效的8件）}. */
    COUNT,
    /** 2019 本年增/减: written as the author likes, {@code -18}, {@code 增 530}, {@code 减1}. */
    CHANGE,
    /** A sum of money exactly as written, optionally with its unit: {@code 3130.24}, {@code 7113万元}. */
    AMOUNT
}
