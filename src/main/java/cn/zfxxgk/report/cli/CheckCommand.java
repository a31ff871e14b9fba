package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.problem.Json;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.rules.PreviousReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gen check FILE...}: validation only, for pre-commit hooks and CI of document repositories. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Checks report files (YAML, the official form, the 勾稽 rules) without writing anything. "
                + "Exit 0 when no file has an error, 1 otherwise.")
final class CheckCommand implements Callable<Integer> {

    /** How problems are printed. */
    enum Style { TEXT, JSON }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report YAML files.")
    List<Path> files;

    @Option(names = "--strict", description = "Treat a failed 勾稽 rule as an error.")
    boolean strict;

    @Option(names = {"-f", "--format"}, paramLabel = "text|json", defaultValue = "text",
            description = "text (file:line:col: message) or json (an array of {file, line, column, severity, message}).")
    Style style;

    @Option(names = "--previous", paramLabel = "FILE", description = "Last year's report: also check that this "
            + "year's 二、上年结转 equals its 四、结转下年度 (and, in the 2019 format, the 上一年项目数量).")
    Path previous;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Problem> all = new ArrayList<>();
        boolean failed = false;
        PreviousReport lastYear = previous == null ? null : PreviousReport.load(previous, FileNames.display(previous));
        if (lastYear != null) {
            all.addAll(lastYear.problems());
            failed = !lastYear.problems().isEmpty();
        }
        try (ReportEngine engine = new ReportEngine(new ReportEngine.Options(Path.of("output"),
                EnumSet.noneOf(OutputFormat.class), strict, null))) {
            for (Path file : files) {
                ReportEngine.Result result = engine.check(file, FileNames.display(file));
                all.addAll(result.problems());
                failed |= result.failed();
                if (lastYear != null) {
                    all.addAll(lastYear.check(file, FileNames.display(file)));
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (style == Style.JSON) {
            out.println(Json.problems(all));
        } else {
            all.forEach(problem -> (problem.isError() ? spec.commandLine().getErr() : out).println(problem));
            out.println(files.size() + (files.size() == 1 ? " file" : " files") + " checked: "
                    + all.stream().filter(Problem::isError).count() + " errors, "
                    + all.stream().filter(p -> !p.isError()).count() + " warnings");
        }
        out.flush();
        spec.commandLine().getErr().flush();
        return failed ? 1 : 0;
    }
}
