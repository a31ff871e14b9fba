package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportBatch;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.template.TemplateLimits;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar gen.jar [options] FILE...}: writes {@code output/NAME.html} for each report file, prints every problem
 * as {@code file:line:col: message}, and exits 0 (written, perhaps with warnings), 1 (a data or template problem),
 * 2 (wrong usage) or 3 (a fault of the engine itself).
 */
@Command(
        name = "gen",
        mixinStandardHelpOptions = true,
        versionProvider = GenerateCommand.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        subcommands = {
            InitCommand.class,
            CheckCommand.class,
            SumCommand.class,
            WatchCommand.class,
            SchemaCommand.class,
            TemplatesCommand.class,
            BenchCommand.class,
            ImportCommand.class,
            ServeCommand.class
        },
        description = {
            "Generates 政府信息公开工作年度报告 documents (HTML, PDF, DOCX, OFD) from report YAML files.",
            "Start a new report with 'gen init', check one with 'gen check', re-render on every save with 'gen watch',",
            "preview it in the browser with 'gen serve'."
        },
        footer = {
            "",
            "Exit codes: 0 written (warnings are printed), 1 a problem in the data or a template, "
                    + "2 wrong usage, 3 a fault of the engine (run with --verbose and report it)."
        })
public final class GenerateCommand implements Callable<Integer> {

    /** Exit code for a fault of the engine itself, as opposed to a problem in the user's files. */
    static final int INTERNAL_ERROR = 3;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "Report YAML files (or directories of them), e.g. "
                    + "data/balikun-2023.yaml; many are rendered in parallel.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            defaultValue = "output",
            description = "Directory the documents are written to (created if missing). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(
            names = {"-d", "--documents"},
            paramLabel = "KIND",
            split = ",",
            description = "Documents to write, comma-separated: ${COMPLETION-CANDIDATES} (OFD, GB/T 33190, for "
                    + "archives and e-government platforms; GRAPHIC, the 图解 alone as NAME.graphic.svg). Default: html, "
                    + "pdf, docx.")
    List<OutputFormat> documents;

    @Option(names = "--strict", description = "Treat a failed 勾稽 rule (a total that does not add up) as an error.")
    boolean strict;

    // No picocli defaultValue: "templates" is also the name of a subcommand, which picocli would then refuse.
    @Option(
            names = {"-t", "--templates"},
            paramLabel = "DIR",
            description = "Directory of edited templates; a template not found there is taken from the built-in "
                    + "copy. Default: templates (when it exists).")
    Path templates;

    @Option(
            names = "--font",
            paramLabel = "FILE|DIR",
            description = "A TrueType font file or a directory of them, searched before the system's fonts "
                    + "(repeatable).")
    List<Path> fonts = new ArrayList<>();

    @Option(
            names = "--system-fonts",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Use the fonts installed on this machine (default; --no-system-fonts, or the environment "
                    + "setting " + ReportEngine.SYSTEM_FONTS_ENV + "=false, leaves only --font files and the built-in "
                    + "Noto Sans SC).")
    boolean systemFonts;

    @Option(
            names = "--template-timeout",
            paramLabel = "SECONDS",
            defaultValue = "10",
            description = "How long a template may run for one report before it is stopped as a template problem "
                    + "(a loop without end). Default: ${DEFAULT-VALUE}.")
    int templateTimeout;

    @Option(
            names = "--template-max-output",
            paramLabel = "MB",
            defaultValue = "16",
            description = "How much text a template may write for one report, in MB, before it is stopped. "
                    + "Default: ${DEFAULT-VALUE}.")
    int templateMaxOutput;

    @Option(names = "--verbose", description = "Show the Java stack trace of an internal fault.")
    boolean verbose;

    @Option(
            names = "--lang",
            paramLabel = "en|zh",
            scope = CommandLine.ScopeType.INHERIT,
            description = "The language of messages: zh (中文) or en. Default: the locale's (LANG=zh_CN.UTF-8 is "
                    + "Chinese), else English.")
    Language lang;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** The configured command line, as {@link Main} and the tests run it. */
    public static CommandLine commandLine() {
        GenerateCommand command = new GenerateCommand();
        CommandLine line = new CommandLine(command);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setAllowSubcommandsAsOptionParameters(true); // "-t templates": the directory, not the subcommand
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println(CliMessages.internalError(e.toString(), command.verbose).in(command.language()));
            if (command.verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return INTERNAL_ERROR;
        });
        return line;
    }

    /**
     * The engine options these command-line options describe; a template directory named with {@code --templates}
     * that does not exist is wrong usage (the default {@code templates/} may be missing: the built-in copies serve).
     */
    ReportEngine.Options options() {
        CommandLine line = spec.commandLine();
        Language language = language();
        if (templates != null && !Files.isDirectory(templates)) {
            throw new CommandLine.ParameterException(
                    line,
                    CliMessages.noTemplateDirectory(templates.toString(), Files.exists(templates))
                            .in(language));
        }
        try {
            ReportEngine.sourceDateEpoch();
        } catch (ReportEngine.InvalidSourceDateEpoch e) {
            throw new CommandLine.ParameterException(line, e.text().in(language));
        }
        if (templateTimeout < 1 || templateMaxOutput < 1) {
            throw new CommandLine.ParameterException(
                    line, CliMessages.templateLimits().in(language));
        }
        EnumSet<OutputFormat> chosen = documents == null || documents.isEmpty()
                ? EnumSet.copyOf(OutputFormat.defaults())
                : EnumSet.copyOf(documents);
        return new ReportEngine.Options(
                output,
                chosen,
                strict,
                templates == null ? Path.of("templates") : templates,
                fonts,
                systemFonts && ReportEngine.systemFontsByDefault(),
                new TemplateLimits(Duration.ofSeconds(templateTimeout), templateMaxOutput * 1024L * 1024));
    }

    @Override
    public Integer call() throws Exception {
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportArguments arguments = ReportArguments.of(files);
        List<Path> reports = arguments.reports();
        Language language = language();
        arguments.emptyFolders().forEach(problem -> err.println(problem.toString(language)));
        if (reports.isEmpty()) {
            err.flush();
            return 1;
        }
        boolean terminal = System.console() != null && reports.size() > 1;
        ReportBatch.Summary summary = ReportBatch.run(
                reports,
                options(),
                Runtime.getRuntime().availableProcessors(),
                notice -> err.println(CliMessages.notice(notice).in(language)),
                done -> {
                    if (terminal) {
                        err.print("\r"
                                + CliMessages.progress(done, reports.size()).in(language));
                        err.flush();
                    }
                });
        if (terminal) {
            err.print("\r" + " ".repeat(40) + "\r");
        }
        for (ReportEngine.Result result : summary.results()) {
            result.problems().forEach(problem -> err.println(problem.toString(language)));
            if (result.faulted() && verbose) {
                result.fault().printStackTrace(err);
            }
            result.written()
                    .forEach(path -> out.println(
                            CliMessages.wrote(FileNames.display(path)).in(language)));
        }
        List<String> failed =
                summary.failed().stream().map(ReportEngine.Result::file).toList();
        if (reports.size() > 1) {
            out.println(CliMessages.batch(
                            reports.size(),
                            reports.size() - failed.size(),
                            summary.withWarnings(),
                            failed,
                            summary.millis())
                    .in(language));
        }
        out.flush();
        err.flush();
        return exitCode(summary, arguments.emptyFolders().isEmpty());
    }

    /**
     * 3 when the engine failed on a report (a defect: the others were written all the same), else 1 when a report was
     * wrong or a directory held none, else 0.
     */
    static int exitCode(ReportBatch.Summary summary, boolean everyDirectoryHadReports) {
        if (summary.faulted()) {
            return INTERNAL_ERROR;
        }
        return summary.failed().isEmpty() && everyDirectoryHadReports ? 0 : 1;
    }

    /** The language messages are printed in: {@code --lang}, else the locale's. */
    Language language() {
        return lang != null ? lang : Language.ofEnvironment();
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = GenerateCommand.class.getPackage().getImplementationVersion();
            return new String[] {"gen " + (version == null ? "(development build)" : version)};
        }
    }
}
