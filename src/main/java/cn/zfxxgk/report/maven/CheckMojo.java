package cn.zfxxgk.report.maven;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.ReportBuild;
import cn.zfxxgk.report.files.AtomicFiles;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.problem.Severity;
import cn.zfxxgk.report.review.CheckReport;
import cn.zfxxgk.report.rules.ReportChecker;
import cn.zfxxgk.report.rules.RuleSettings;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every report YAML under {@link #inputDirectory} as {@code gen check} does — the YAML, the official form, the
 * 勾稽 rules and the reviewers' rules of docs/rules.md, with {@code gen-rules.yaml} beside the reports and
 * {@link #rules} over it — logs each finding, writes the page of {@code check --style html} to {@link #report}, and
 * fails the build when a report has an error (or, with {@link #failOnWarning}, a warning).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends ReportsMojo {

    /**
     * Rule settings over each directory's {@code gen-rules.yaml}, as {@code --rule} takes them: {@code RULE-ID=level},
     * the level {@code off}, {@code info}, {@code warning} or {@code error} ({@code <rules><rule>FMT-TITLE=error</rule>
     * </rules>}; on the command line comma-separated).
     */
    @Parameter(property = "annualReport.rules")
    List<String> rules;

    /** Last year's report, for the rules between years, for every report (else each report's {@code previous:}). */
    @Parameter(property = "annualReport.previous")
    File previous;

    /** Whether a warning fails the build too. */
    @Parameter(property = "annualReport.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** Where the page of every finding (as {@code check --style html}) is written; empty to write none. */
    @Parameter(property = "annualReport.report", defaultValue = "${project.build.directory}/annual-report-check.html")
    File report;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Checking of reports is skipped (annualReport.skip).");
            return;
        }
        Language language = BuildLog.language(lang);
        RuleSettings.Read settings = RuleSettings.parse(rules == null ? List.of() : rules, "<rules>");
        if (!settings.problems().isEmpty()) {
            throw new MojoFailureException(String.join(
                    "\n",
                    settings.problems().stream().map(p -> p.toString(language)).toList()));
        }
        if (!inputDirectory.isDirectory()) {
            getLog().info(MojoMessages.noReports(inputDirectory.toString()).in(language));
            return;
        }
        List<Path> files;
        try {
            files = ReportBuild.reports(inputDirectory.toPath(), templateDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Listing the reports failed: " + e.getMessage(), e);
        }
        ReportChecker checker =
                new ReportChecker(strict, settings.settings(), previous == null ? null : previous.toPath());
        List<Problem> all = new ArrayList<>();
        List<CheckReport.Source> sources = new ArrayList<>();
        for (Path file : files) {
            String name = FileNames.display(file);
            all.addAll(checker.check(file, name));
            sources.add(new CheckReport.Source(name, ReportChecker.lines(file)));
        }
        all.addAll(0, checker.runProblems());
        all.forEach(problem -> BuildLog.log(getLog(), problem, language));
        if (report != null && !report.getPath().isEmpty()) {
            try {
                AtomicFiles.writeAll(Map.of(
                        report.toPath(),
                        CheckReport.write(sources, all, language).getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new MojoExecutionException("Writing " + report + " failed: " + e.getMessage(), e);
            }
            getLog().info(MojoMessages.wrote(FileNames.display(report.toPath())).in(language));
        }
        long errors = Severity.ERROR.countIn(all);
        long warnings = Severity.WARNING.countIn(all);
        getLog().info(MojoMessages.checked(files.size(), errors, warnings, Severity.INFO.countIn(all))
                .in(language));
        if (errors > 0 || failOnWarning && warnings > 0) {
            List<String> failing = all.stream()
                    .filter(p -> p.isError() || failOnWarning && p.severity() == Severity.WARNING)
                    .map(p -> p.toString(language))
                    .toList();
            throw new MojoFailureException(
                    MojoMessages.failed(failing.size()).in(language) + ":\n" + String.join("\n", failing));
        }
    }
}
