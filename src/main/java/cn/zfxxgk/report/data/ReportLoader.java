package cn.zfxxgk.report.data;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.problem.Problems;
import java.util.List;
import java.util.Optional;

/**
 * Loads one report file: parses it safely, reads it against the official form, and checks the 勾稽 rules. Every
 * problem is collected; with {@code strict}, failed 勾稽 rules are errors instead of warnings.
 */
public final class ReportLoader {

    /** The outcome of loading one file: the report (absent when there were errors) and every problem, in file order. */
    public record Loaded(Optional<Report> report, List<Problem> problems) {

        /** Whether any problem is an error. */
        public boolean failed() {
            return report.isEmpty() || problems.stream().anyMatch(Problem::isError);
        }
    }

    private final boolean strict;

    /** A loader; {@code strict} turns failed 勾稽 rules into errors. */
    public ReportLoader(boolean strict) {
        this.strict = strict;
    }

    /** Loads the file whose content is {@code bytes}; {@code file} is its name as the user gave it. */
    public Loaded load(byte[] bytes, String file) {
        Problems problems = new Problems(file);
        Optional<YamlDocument> document = YamlDocument.parse(bytes, problems);
        if (document.isEmpty()) {
            return new Loaded(Optional.empty(), problems.sorted());
        }
        if (document.get().root().isEmpty()) {
            problems.error(Position.NONE, "the file is empty; expected a report starting with "
                    + "'format: 2021' (see data/balikun-2023.yaml for a complete example)");
            return new Loaded(Optional.empty(), problems.sorted());
        }
        Nodes.rejectUnsafe(document.get().root().get(), problems);
        Optional<Report> report = new ReportReader(problems, document.get().text()).read(document.get().root().get());
        if (problems.hasErrors()) {
            return new Loaded(Optional.empty(), problems.sorted());
        }
        for (Problem rule : ConsistencyRules.check(report.orElseThrow(), file)) {
            problems.add(strict ? rule.asError() : rule);
        }
        return new Loaded(problems.hasErrors() ? Optional.empty() : report, problems.sorted());
    }
}
