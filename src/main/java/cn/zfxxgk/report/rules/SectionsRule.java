package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.form.OfficialSections;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Section;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.problem.Severity;
import java.util.Optional;

/**
 * CONT-SECTIONS: the six sections of 条例 art. 50 and the notices are all there, in order, none empty, and the three
 * tables are given. Sections are known by their headings' words (总体情况, 问题/改进, 其他) and the tables they show.
 */
final class SectionsRule implements Rule {

    @Override
    public String id() {
        return "CONT-SECTIONS";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        Report report = input.report();
        int last = 0;
        Section lastSection = null;
        for (Section section : report.sections()) {
            int topic = ReportText.topic(section);
            if (topic == 0) {
                continue;
            }
            if (topic < last) {
                findings.add(
                        section.heading().at(),
                        RuleMessages.sectionOutOfOrder(
                                section.heading().value(), lastSection.heading().value()));
            }
            if (topic > last) {
                last = topic;
                lastSection = section;
            }
            if (section.paragraphs().isEmpty() && section.table() == null) {
                findings.add(
                        section.heading().at(),
                        RuleMessages.sectionEmpty(section.heading().value()));
            }
        }
        for (int n = 1; n <= 6; n++) {
            if (ReportText.official(report, n).isEmpty()) {
                findings.add(
                        placeOfMissing(report, n), RuleMessages.sectionMissing(OfficialSections.HEADINGS.get(n - 1)));
            }
        }
        for (TableKind kind : TableKind.values()) {
            if (report.table(kind).isEmpty()) {
                findings.add(input.keyAt("sections"), RuleMessages.tableMissing(kind.key()));
            }
        }
    }

    /** The heading of the first section after where section {@code n} belongs, else of the last section. */
    private static Position placeOfMissing(Report report, int n) {
        Optional<Section> next =
                report.sections().stream().filter(s -> ReportText.topic(s) > n).findFirst();
        if (next.isPresent()) {
            return next.get().heading().at();
        }
        return report.sections().isEmpty()
                ? report.agency().at()
                : report.sections().get(report.sections().size() - 1).heading().at();
    }
}
