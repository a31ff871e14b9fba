package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.authoring.Skeleton;
import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.files.AtomicFiles;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.summary.Summation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 * {@code gen sum --agency 巴里坤县人民政府 --year 2023 UNIT.yaml... -o 汇总.yaml}: the YAML of a 汇总 report whose
 * tables are the sums of its units' tables, with the text sections to write.
 */
@Command(
        name = "sum",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Writes a 汇总 report: its three tables the cell-by-cell sums of the units' reports (all of "
                + "the year and of one format), its text sections to write, the units and every 缺失 cell or "
                + "annotated value listed as comments at its end, the units named under units: so that check "
                + "compares the tables with them again (HIER-SUM).")
final class SumCommand implements Callable<Integer> {

    @Option(
            names = "--agency",
            required = true,
            paramLabel = "NAME",
            description = "The agency of the 汇总, e.g. " + "巴里坤县人民政府.")
    String agency;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year; every unit must be of it.")
    int year;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE (not overwritten if it " + "exists) instead of standard output.")
    Path output;

    @Parameters(
            paramLabel = "UNIT",
            arity = "1..*",
            description = "The units' report YAML files, or folders of " + "them (their .yaml files).")
    List<Path> units;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    GenerateCommand gen;

    @Override
    public Integer call() throws IOException {
        Language language = gen.language();
        PrintWriter err = spec.commandLine().getErr();
        ReportArguments arguments = ReportArguments.of(units);
        units = arguments.reports();
        arguments.emptyFolders().forEach(problem -> err.println(problem.toString(language)));
        if (units.isEmpty()) {
            err.flush();
            return 1;
        }
        List<Summation.Unit> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ReportLoader loader = new ReportLoader(false);
        for (Path unit : units) {
            String name = FileNames.display(unit);
            ReportLoader.Loaded report = loader.load(unit, name);
            problems.addAll(report.problems().stream().filter(Problem::isError).toList());
            if (!report.failed()) {
                loaded.add(new Summation.Unit(name, report.report().orElseThrow()));
            }
        }
        Summation.Sum sum = problems.isEmpty() ? Summation.of(loaded, year) : null;
        if (sum != null) {
            problems.addAll(sum.problems());
        }
        problems.forEach(p -> err.println(p.toString(language)));
        err.flush();
        if (sum == null || sum.format().isEmpty()) {
            return 1;
        }
        List<String> trailer = new ArrayList<>();
        trailer.add("汇总自 " + loaded.size() + " 个单位的报告（gen sum）：");
        loaded.forEach(
                u -> trailer.add("  - " + u.file() + "（" + u.report().agency().value() + "）"));
        if (!sum.notes().isEmpty()) {
            trailer.add("");
            trailer.add("请核对：");
            sum.notes().forEach(n -> trailer.add("  - " + n));
        }
        String yaml = Skeleton.of(agency.strip(), year, sum.format().get(), sum.tables(), trailer, relativeUnits());
        if (output == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            err.println(CliMessages.alreadyExists(FileNames.display(output)).in(language));
            err.flush();
            return 1;
        }
        try {
            AtomicFiles.writeAll(Map.of(output, yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            err.println(CliMessages.cannotWrite(FileNames.display(output), FileNames.describe(e))
                    .in(language));
            err.flush();
            return 1;
        }
        spec.commandLine()
                .getOut()
                .println(CliMessages.wrote(FileNames.display(output)).in(language));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The units as the 汇总 names them ({@code units:}): relative to its directory, with forward slashes. */
    private List<String> relativeUnits() {
        Path base = (output == null ? Path.of("") : output).toAbsolutePath().normalize();
        Path directory = output == null ? base : base.getParent();
        return units.stream()
                .map(u -> directory
                        .relativize(u.toAbsolutePath().normalize())
                        .toString()
                        .replace('\\', '/'))
                .toList();
    }
}
