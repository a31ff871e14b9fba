package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.AgencyKind;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.ReportFacts;
import cn.zfxxgk.report.problem.Severity;
import java.time.LocalDate;

/**
 * TIME-DEADLINE: a report is published by the deadline of its kind of office in the following year (条例 art. 49,
 * 国办公开办函〔2019〕60号 and 〔2021〕30号 二; see {@link AgencyKind}). Needs {@code agency_kind:}; reads
 * {@code published:}, else the signature's date; a signature dated after the deadline of a report published in time is
 * a warning.
 */
final class DeadlineRule implements Rule {

    @Override
    public String id() {
        return "TIME-DEADLINE";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        Report report = input.report();
        ReportFacts facts = report.facts();
        if (facts.kind() == null) {
            return;
        }
        LocalDate deadline = facts.kind().deadline().atYear(report.year() + 1);
        LocalDate signed = report.signatureBlock().map(s -> s.date()).orElse(null);
        if (facts.published() != null) {
            if (facts.published().isAfter(deadline)) {
                findings.add(
                        facts.publishedAt(),
                        RuleMessages.publishedLate(
                                facts.published(), facts.kind().key(), deadline));
            }
            if (signed != null && signed.isAfter(deadline)) {
                findings.add(
                        Severity.WARNING,
                        report.signature().dateAt(),
                        RuleMessages.signedLate(signed, facts.kind().key(), deadline, false));
            }
        } else if (signed != null && signed.isAfter(deadline)) {
            findings.add(
                    report.signature().dateAt(),
                    RuleMessages.signedLate(signed, facts.kind().key(), deadline, true));
        }
    }
}
