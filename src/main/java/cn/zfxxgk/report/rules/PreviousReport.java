package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Last year's report, loaded once, that the rules between years ({@link CarryOverRule}, {@link RepetitionRule})
 * compare this year's report with. Named by {@code check --previous FILE} or by {@code previous:} in the report.
 */
public final class PreviousReport {

    private final String file;
    private final Optional<Report> report;
    private final List<Problem> problems;

    private PreviousReport(String file, Optional<Report> report, List<Problem> problems) {
        this.file = file;
        this.report = report;
        this.problems = problems;
    }

    /** Loads {@code path}, named {@code file} in messages. */
    public static PreviousReport load(Path path, String file) {
        ReportLoader.Loaded loaded = loaded(path, file);
        return new PreviousReport(
                file,
                loaded.failed() ? Optional.empty() : loaded.report(),
                loaded.problems().stream().filter(Problem::isError).toList());
    }

    /** The errors that keep last year's report from being used (empty when it loaded). */
    public List<Problem> problems() {
        return problems;
    }

    /** The file as messages name it. */
    public String file() {
        return file;
    }

    /** The report, when it loaded. */
    public Optional<Report> report() {
        return report;
    }

    private static ReportLoader.Loaded loaded(Path path, String file) {
        if (!Files.exists(path)) {
            return new ReportLoader.Loaded(
                    Optional.empty(), List.of(Problem.error(file, Position.NONE, RuleMessages.previousMissing())));
        }
        return new ReportLoader(false).load(path, file); // refuses what cannot be a report before reading it
    }
}
