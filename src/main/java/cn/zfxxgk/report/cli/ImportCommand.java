package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.ingest.ImportBatch;
import cn.zfxxgk.report.ingest.Importer;
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
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads published reports (.html pages as the site serves them, .docx, .pdf with text) and writes "
                + "each as a report YAML that renders as it stands; what the source does not give is written 缺失.",
            "Exit 0 complete, 1 when something is 缺失 or a file cannot be read, 2 when --agency/--year are needed."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Published reports, or directories of them.")
    List<Path> inputs;

    @Option(names = "--agency", paramLabel = "NAME", description = "The reporting agency, when the title does not "
            + "name it, e.g. 霍城县人民政府.")
    String agency;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year the report covers, when the title does not "
            + "say.")
    Integer year;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", description = "Write the YAML to FILE (one input) or "
            + "into DIR as NAME.yaml (several). Default: standard output for one file, the current directory for "
            + "several.")
    Path output;

    @Option(names = "--force", description = "Replace YAML files that exist.")
    boolean force;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (year != null && (year < 2008 || year > 2100)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--year " + year + " is not a report year; expected a year from 2008 on, e.g. 2023");
        }
        List<Path> files = ImportBatch.files(inputs);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean toStandardOutput = output == null && files.size() == 1 && !Files.isDirectory(inputs.get(0));
        ImportBatch.Summary summary = ImportBatch.run(files, new Importer.Options(agency, year),
                toStandardOutput ? null : output, files.size() > 1 || inputs.stream().anyMatch(Files::isDirectory),
                force, (result, written) -> {
                    result.findings().forEach(f -> err.println(f));
                    if (toStandardOutput) {
                        result.yaml().ifPresent(out::print);
                    } else if (written != null) {
                        out.println("wrote " + FileNames.display(written) + " (" + describe(result) + ")");
                    }
                    out.flush();
                    err.flush();
                }, message -> err.println(message));
        return summary.exitCode();
    }

    private static String describe(Importer.Result result) {
        long warnings = result.findings().stream().filter(f -> !f.isError()).count();
        return (result.outcome() == Importer.Outcome.COMPLETE ? "complete" : "incomplete: 缺失 to fill in") + ", "
                + warnings + (warnings == 1 ? " warning" : " warnings");
    }

}
