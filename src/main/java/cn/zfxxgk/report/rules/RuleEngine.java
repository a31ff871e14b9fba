package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the reviewers' rules over a loaded report: each rule's findings become problems with the rule's id appended
 * ({@code … [CONT-SECTIONS]}), at the severity the project set for the rule, else the finding's, else the rule's;
 * findings on a line that carries {@code # gen: ignore RULE-ID} are dropped. {@code docs/rules.md} documents every
 * rule listed in {@link #RULES}.
 */
public final class RuleEngine {

    /** Every rule, in the order of docs/rules.md. */
    private static final List<Rule> RULES = List.of(
            new DeadlineRule(),
            new CarryOverRule(),
            new HierarchySumRule(),
            new TextTableRule(),
            new RepetitionRule(),
            new SectionsRule(),
            new HeadingNumbersRule(),
            new PlaceholderRule(),
            new ProblemsSectionRule(),
            new InformationFeeRule(),
            new FormatVersionRule(),
            new HeadingLabelsRule(),
            new OverviewLengthRule(),
            new PeriodRule(),
            new TitleRule(),
            new CitationRule(),
            new OrdinalsRule(),
            new YearReferencesRule());

    private static final List<String> IDS = RULES.stream().map(Rule::id).toList();

    private RuleEngine() {}

    /** The ids of every rule. */
    public static List<String> ids() {
        return IDS;
    }

    /** The severity rule {@code id} has unless a project changes it. */
    public static Severity severity(String id) {
        return RULES.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow()
                .severity();
    }

    /**
     * The problems of {@code report} (file {@code file}, whose text is {@code lines}) under {@code settings}, with
     * last year's report when there is one and the 汇总's units when it names them.
     */
    static List<Problem> check(
            Report report,
            String file,
            List<String> lines,
            Optional<PreviousReport> lastYear,
            UnitReports units,
            RuleSettings settings) {
        RuleInput input = new RuleInput(
                report,
                file,
                lines,
                lastYear.flatMap(PreviousReport::report)
                        .map(r -> new RuleInput.LastYear(r, lastYear.get().file())),
                units);
        IgnoreDirectives ignored = IgnoreDirectives.of(lines);
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : RULES) {
            Optional<Level> set = settings.level(rule.id());
            if (set.isPresent() && set.get() == Level.OFF) {
                continue;
            }
            Findings findings = new Findings();
            rule.check(input, findings);
            for (Findings.Finding finding : findings.all()) {
                if (ignored.ignores(finding.at().line(), rule.id())) {
                    continue;
                }
                Severity severity = set.flatMap(Level::severity)
                        .orElse(finding.severity() != null ? finding.severity() : rule.severity());
                problems.add(new Problem(severity, file, finding.at(), tagged(finding.message(), rule.id())));
            }
        }
        return problems;
    }

    /** The message with the rule's id after it, so that an author knows what to name in {@code # gen: ignore}. */
    private static Message tagged(Message message, String id) {
        return Message.of(id, message.en() + " [" + id + "]", message.zh() + " [" + id + "]");
    }
}
