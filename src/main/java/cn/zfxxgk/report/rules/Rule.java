package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.problem.Severity;

/**
 * One check a reviewer makes of a published report, beyond the 勾稽 rules of its tables: a stable id that authors use to
 * switch it off ({@code # gen: ignore CONT-SECTIONS}) and that {@code docs/rules.md} documents, the severity it has
 * unless a project says otherwise, and the check itself.
 */
interface Rule {

    /** The stable id, e.g. {@code CONT-SECTIONS}: what projects and authors name the rule by. */
    String id();

    /** The severity of its findings unless a finding says otherwise or the project raises or lowers the rule. */
    Severity severity();

    /** Adds what is wrong with {@code input} to {@code findings}. */
    void check(RuleInput input, Findings findings);
}
