package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.files.AtomicFiles;
import cn.zfxxgk.report.problem.Json;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.problem.Severity;
import cn.zfxxgk.report.review.CheckReport;
import cn.zfxxgk.report.rules.ReportChecker;
import cn.zfxxgk.report.rules.RuleSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gen check FILE...}: validation only, for authors, reviewers, pre-commit hooks and CI of document repositories —
 * the YAML, the official form, the 勾稽 rules and the reviewers' rules of docs/rules.md.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Checks report files (YAML, the official form, the 勾稽 rules, the reviewers' rules of "
                + "docs/rules.md) without writing anything. Exit 0 when no file has an error, 1 otherwise.")
final class CheckCommand implements Callable<Integer> {

    /** How problems are printed: lines, JSON for tools, or an HTML page for a reviewing office. */
    enum Style {
        TEXT,
        JSON,
        HTML
    }

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "Report YAML files, or folders of them (their " + ".yaml files).")
    List<Path> files;

    @Option(names = "--strict", description = "Treat a failed 勾稽 rule as an error.")
    boolean strict;

    @Option(
            names = "--style",
            paramLabel = "text|json|html",
            defaultValue = "text",
            description = "text (file:line:col: error: message), json (an array of {file, line, column, severity, "
                    + "code, message}) or html (one page for a reviewer: every finding per file, grouped by rule, "
                    + "with the text it points at).")
    Style style;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "Write the json or html to FILE (UTF-8, " + "replaced if it exists) instead of standard output.")
    Path output;

    @CommandLine.ParentCommand
    GenerateCommand gen;

    @Option(
            names = "--previous",
            paramLabel = "FILE",
            description = "Last year's report, for the rules between "
                    + "years: this year's 二、上年结转 equals its 四、结转下年度 (and, in the 2019 format, the 上一年项目数量), and "
                    + "一 and 五 do not repeat it. Overrides previous: in the reports.")
    Path previous;

    @Option(
            names = "--rule",
            paramLabel = "RULE-ID=LEVEL",
            description = "Sets a rule to off, info, warning or "
                    + "error (repeatable), over " + RuleSettings.FILE_NAME + " beside the reports; e.g. --rule "
                    + "CONT-GEN-LENGTH=off.")
    List<String> rules = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Language language = gen.language();
        RuleSettings.Read commandLine = RuleSettings.parse(rules, "--rule");
        if (!commandLine.problems().isEmpty()) {
            commandLine.problems().forEach(p -> spec.commandLine().getErr().println(p.toString(language)));
            spec.commandLine().getErr().flush();
            return 2;
        }
        ReportArguments arguments = ReportArguments.of(files);
        files = arguments.reports();
        List<Problem> noReports = arguments.emptyFolders();
        ReportChecker checker = new ReportChecker(strict, commandLine.settings(), previous);
        List<Problem> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(checker.check(file, FileNames.display(file)));
        }
        all.addAll(0, checker.runProblems());
        all.addAll(0, noReports);
        PrintWriter out = spec.commandLine().getOut();
        if (style == Style.HTML || style == Style.JSON) {
            String written = style == Style.JSON
                    ? Json.problems(all, language) + "\n"
                    : CheckReport.write(
                            files.stream()
                                    .map(f -> new CheckReport.Source(FileNames.display(f), ReportChecker.lines(f)))
                                    .toList(),
                            all,
                            language);
            if (!write(written, language)) {
                return 1;
            }
        } else {
            all.forEach(problem ->
                    (problem.isError() ? spec.commandLine().getErr() : out).println(problem.toString(language)));
            out.println(CliMessages.checked(
                            files.size(),
                            Severity.ERROR.countIn(all),
                            Severity.WARNING.countIn(all),
                            Severity.INFO.countIn(all))
                    .in(language));
        }
        out.flush();
        spec.commandLine().getErr().flush();
        return all.stream().anyMatch(Problem::isError) ? 1 : 0;
    }

    /** {@code text} to {@link #output}, else to standard output; false (the reason printed) when it cannot be written. */
    private boolean write(String text, Language language) {
        if (output == null) {
            spec.commandLine().getOut().print(text);
            return true;
        }
        try {
            AtomicFiles.writeAll(Map.of(output, text.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (IOException e) {
            spec.commandLine()
                    .getErr()
                    .println(CliMessages.cannotWrite(FileNames.display(output), FileNames.describe(e))
                            .in(language));
            spec.commandLine().getErr().flush();
            return false;
        }
    }
}
