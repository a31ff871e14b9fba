package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportBatch;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.template.TemplateLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
@Command(name = "gen", mixinStandardHelpOptions = true, versionProvider = GenerateCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        subcommands = {InitCommand.class, CheckCommand.class, WatchCommand.class, SchemaCommand.class,
            TemplatesCommand.class, BenchCommand.class, ImportCommand.class},
        description = {"Generates 政府信息公开工作年度报告 documents (HTML, PDF, DOCX, OFD) from report YAML files.",
            "Start a new report with 'gen init', check one with 'gen check', re-render on every save with 'gen watch'."},
        footer = {"", "Exit codes: 0 written (warnings are printed), 1 a problem in the data or a template, "
                + "2 wrong usage, 3 a fault of the engine (run with --verbose and report it)."})
public final class GenerateCommand implements Callable<Integer> {

    /** Exit code for a fault of the engine itself, as opposed to a problem in the user's files. */
    static final int INTERNAL_ERROR = 3;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Report YAML files (or directories of them), e.g. "
            + "data/balikun-2023.yaml; many are rendered in parallel.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Directory the documents are written to (created if missing). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
            description = "Formats to write, comma-separated: ${COMPLETION-CANDIDATES} (OFD, GB/T 33190, for archives "
                    + "and e-government platforms). Default: html, pdf, docx.")
    List<OutputFormat> formats;

    @Option(names = "--strict", description = "Treat a failed 勾稽 rule (a total that does not add up) as an error.")
    boolean strict;

    // No picocli defaultValue: "templates" is also the name of a subcommand, which picocli would then refuse.
    @Option(names = {"-t", "--templates"}, paramLabel = "DIR",
            description = "Directory of edited templates; a template not found there is taken from the built-in "
                    + "copy. Default: templates (when it exists).")
    Path templates;

    @Option(names = "--font", paramLabel = "FILE|DIR",
            description = "A TrueType font file or a directory of them, searched before the system's fonts "
                    + "(repeatable).")
    List<Path> fonts = new ArrayList<>();

    @Option(names = "--system-fonts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Use the fonts installed on this machine (default; --no-system-fonts, or the environment "
                    + "setting " + ReportEngine.SYSTEM_FONTS_ENV + "=false, leaves only --font files and the built-in "
                    + "Noto Sans SC).")
    boolean systemFonts;

    @Option(names = "--template-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long a template may run for one report before it is stopped as a template problem "
                    + "(a loop without end). Default: ${DEFAULT-VALUE}.")
    int templateTimeout;

    @Option(names = "--template-max-output", paramLabel = "MB", defaultValue = "16",
            description = "How much text a template may write for one report, in MB, before it is stopped. "
                    + "Default: ${DEFAULT-VALUE}.")
    int templateMaxOutput;

    @Option(names = "--verbose", description = "Show the Java stack trace of an internal fault.")
    boolean verbose;

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
            err.println("gen: internal error: " + e + (command.verbose ? "" : " (run with --verbose for details)"));
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
        if (templates != null && !Files.isDirectory(templates)) {
            throw new CommandLine.ParameterException(line, "--templates " + templates + ": "
                    + (Files.exists(templates) ? "is not a directory" : "no such directory")
                    + "; expected a directory of templates (make one with 'gen templates export " + templates + "')");
        }
        try {
            ReportEngine.sourceDateEpoch();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(line, e.getMessage());
        }
        if (templateTimeout < 1 || templateMaxOutput < 1) {
            throw new CommandLine.ParameterException(line, "--template-timeout and --template-max-output must be at "
                    + "least 1; expected seconds and megabytes such as 10 and 16");
        }
        EnumSet<OutputFormat> chosen = formats == null || formats.isEmpty()
                ? EnumSet.copyOf(OutputFormat.defaults()) : EnumSet.copyOf(formats);
        return new ReportEngine.Options(output, chosen, strict, templates == null ? Path.of("templates") : templates, fonts,
                systemFonts && ReportEngine.systemFontsByDefault(), new TemplateLimits(
                        Duration.ofSeconds(templateTimeout), templateMaxOutput * 1024L * 1024));
    }

    @Override
    public Integer call() throws Exception {
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> reports = FileNames.reports(files);
        List<Path> empty = files.stream().filter(Files::isDirectory)
                .filter(directory -> reports.stream().noneMatch(report -> directory.equals(report.getParent())))
                .toList();
        for (Path directory : empty) { // named, not passed over: the user expected reports there
            err.println(FileNames.display(directory) + ": no report files (.yaml, .yml) in this directory; expected "
                    + "report files such as data/balikun-2023.yaml, or a directory that holds them");
        }
        if (reports.isEmpty()) {
            err.flush();
            return 1;
        }
        boolean terminal = System.console() != null && reports.size() > 1;
        ReportBatch.Summary summary = ReportBatch.run(reports, options(), Runtime.getRuntime().availableProcessors(),
                notice -> err.println("gen: notice: " + notice), done -> {
                    if (terminal) {
                        err.print("\r" + done + "/" + reports.size() + " reports rendered");
                        err.flush();
                    }
                });
        if (terminal) {
            err.print("\r" + " ".repeat(40) + "\r");
        }
        for (ReportEngine.Result result : summary.results()) {
            result.problems().stream().map(Problem::toString).forEach(err::println);
            result.written().forEach(path -> out.println("wrote " + FileNames.display(path)));
        }
        List<String> failed = summary.failed().stream().map(ReportEngine.Result::file).toList();
        if (reports.size() > 1) {
            out.println(reports.size() + " reports: " + (reports.size() - failed.size()) + " written ("
                    + summary.withWarnings() + " with warnings), " + failed.size() + " failed"
                    + (failed.isEmpty() ? "" : ": " + String.join(", ", failed))
                    + String.format(Locale.ROOT, "; %.1f s", summary.millis() / 1000.0));
        }
        out.flush();
        err.flush();
        return failed.isEmpty() && empty.isEmpty() ? 0 : 1;
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
