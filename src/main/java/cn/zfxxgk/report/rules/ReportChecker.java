package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.files.InputFiles;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code gen check} does for each file: load it (YAML, official form, 勾稽 rules), then run the reviewers' rules
 * under the settings of its directory ({@value RuleSettings#FILE_NAME}) and of the command line, against last year's
 * report when one is named ({@code --previous}, or {@code previous:} in the report, relative to it) and, for a 汇总,
 * against its units ({@code units:}, relative to it). One checker
 * serves a whole run, reading each directory's settings and last year's report once.
 */
public final class ReportChecker {

    private final ReportLoader loader;
    private final RuleSettings commandLine;
    private final PreviousReport previous;
    private final Map<Path, RuleSettings.Read> settings = new HashMap<>();
    private final Map<Path, PreviousReport> previousByFile = new HashMap<>();
    private final List<Problem> runProblems = new ArrayList<>();

    /**
     * A checker; {@code strict} makes a failed 勾稽 rule an error, {@code commandLine} overrides every directory's
     * settings, {@code previous} (may be null) is last year's report for every file.
     */
    public ReportChecker(boolean strict, RuleSettings commandLine, Path previous) {
        this.loader = new ReportLoader(strict);
        this.commandLine = commandLine;
        this.previous = previous == null ? null : PreviousReport.load(previous, FileNames.display(previous));
        if (this.previous != null) {
            runProblems.addAll(this.previous.problems());
        }
    }

    /** Problems not of one report: last year's file cannot be used, a settings file is wrong. */
    public List<Problem> runProblems() {
        return List.copyOf(runProblems);
    }

    /** Every problem of {@code file} (named {@code name}), in file order. */
    public List<Problem> check(Path file, String name) {
        ReportLoader.Loaded loaded = loader.load(file, name);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (loaded.report().isEmpty() || loaded.failed()) {
            return problems;
        }
        Report report = loaded.report().get();
        RuleSettings rules = settingsOf(file).with(commandLine);
        Optional<PreviousReport> lastYear = Optional.ofNullable(previous);
        if (lastYear.isEmpty() && report.facts().previous() != null) {
            PreviousReport named = previousByFile.computeIfAbsent(
                    resolve(file, report.facts().previous()).normalize().toAbsolutePath(),
                    path -> PreviousReport.load(
                            path, FileNames.display(resolve(file, report.facts().previous()))));
            problems.addAll(named.problems());
            lastYear = Optional.of(named);
        }
        UnitReports units = report.facts().units().isEmpty()
                ? UnitReports.NONE
                : UnitReports.load(file, name, report.facts().units());
        problems.addAll(units.problems());
        problems.addAll(RuleEngine.check(report, name, lines(file), lastYear, units, rules));
        problems.sort(Comparator.comparing((Problem p) -> !p.file().equals(name))
                .thenComparingInt(p -> p.at().line())
                .thenComparingInt(p -> p.at().column()));
        return problems;
    }

    private RuleSettings settingsOf(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        RuleSettings.Read read = settings.computeIfAbsent(directory, d -> {
            Path shown = file.getParent() == null ? Path.of("") : file.getParent();
            RuleSettings.Read loaded = RuleSettings.load(d, shown.toString().isEmpty() ? "" : FileNames.display(shown));
            runProblems.addAll(loaded.problems());
            return loaded;
        });
        return read.settings();
    }

    private static Path resolve(Path file, String previous) {
        Path parent = file.getParent();
        return parent == null ? Path.of(previous) : parent.resolve(previous);
    }

    /** The lines of {@code file} as {@code check} reads them (empty when it cannot be read). */
    public static List<String> lines(Path file) {
        try {
            String text = new String(InputFiles.read(file, Integer.MAX_VALUE), StandardCharsets.UTF_8);
            return List.of(text.split("\r\n|\r|\n", -1));
        } catch (IOException e) {
            return List.of(); // it was read a moment ago; without its lines no ignore comment applies
        }
    }
}
