package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.ingest.Finding;
import cn.zfxxgk.report.ingest.ImportBatch;
import cn.zfxxgk.report.ingest.Importer;
import cn.zfxxgk.report.problem.Language;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gen import FILE|DIR}: a published report (HTML, DOCX, PDF) as a report YAML to start from. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads published reports (.html pages as the site serves them, .docx, .pdf with text) and writes "
                    + "each as a report YAML that renders as it stands; what the source does not give is written 缺失.",
            "Exit 0 complete, 1 when something is 缺失 or a file cannot be read, 2 when --agency/--year are needed."
        })
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Published reports, or directories of them.")
    List<Path> inputs;

    @Option(
            names = "--agency",
            paramLabel = "NAME",
            description = "The reporting agency, when the title does not " + "name it, e.g. 霍城县人民政府.")
    String agency;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "The year the report covers, when the title does not " + "say.")
    Integer year;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE|DIR",
            description = "Write the YAML to FILE (one input) or "
                    + "into DIR as NAME.yaml (several). Default: standard output for one file, the current directory for "
                    + "several.")
    Path output;

    @Option(names = "--force", description = "Replace YAML files that exist.")
    boolean force;

    @CommandLine.ParentCommand
    GenerateCommand gen;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Language language = gen.language();
        if (year != null && (year < 2008 || year > 2100)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), CliMessages.yearInvalid(year).in(language));
        }
        if (agency != null && agency.isBlank()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), CliMessages.agencyEmpty().in(language));
        }
        List<Path> files = ImportBatch.files(inputs);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Finding> empty = ImportBatch.emptyDirectories(inputs);
        empty.forEach(f -> err.println(f.toString(language)));
        boolean directories = inputs.stream().anyMatch(Files::isDirectory);
        boolean toStandardOutput = output == null && files.size() == 1 && !directories;
        ImportBatch.Summary summary = ImportBatch.run(
                files,
                new Importer.Options(agency, year, language),
                toStandardOutput ? null : output,
                files.size() > 1 || directories,
                force,
                (result, written) -> {
                    result.findings().forEach(f -> err.println(f.toString(language)));
                    if (toStandardOutput) {
                        result.yaml().ifPresent(out::print);
                    } else if (written != null) {
                        out.println(result.wrote(FileNames.display(written)).in(language));
                    }
                    out.flush();
                    err.flush();
                },
                notice -> err.println(notice.toString(language)));
        if (files.size() > 1) {
            out.println(summary.message().in(language));
        }
        out.flush();
        err.flush();
        return empty.isEmpty() ? summary.exitCode() : Math.max(1, summary.exitCode());
    }
}
