package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.bench.Benchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gen bench}: measures the engine on this machine and prints a Markdown table of medians. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Measures cold and warm times, batch throughput, memory, document sizes and LibreOffice on this "
                + "machine, and prints a Markdown table of medians. Run it from the project directory after "
                + "'mvn package' (it starts gen.jar in JVMs of its own).")
final class BenchCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "FILE",
            arity = "0..1",
            defaultValue = "data/balikun-2023.yaml",
            description = "The report to measure with. Default: ${DEFAULT-VALUE}.")
    Path report;

    @Option(names = "--jar", paramLabel = "JAR", defaultValue = "gen.jar", description = "Default: ${DEFAULT-VALUE}.")
    Path jar;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "5",
            description = "Runs per figure. Default: " + "${DEFAULT-VALUE}.")
    int runs;

    @Option(
            names = "--batch",
            paramLabel = "N",
            split = ",",
            defaultValue = "1,100,1000",
            description = "Batch sizes. Default: ${DEFAULT-VALUE}.")
    List<Integer> batchSizes;

    @Option(
            names = "--soffice",
            paramLabel = "PATH",
            defaultValue = "/usr/bin/soffice",
            description = "LibreOffice, to compare with. Default: ${DEFAULT-VALUE}.")
    Path soffice;

    @Option(names = "--import-only", description = "Measure only gen import of the report's HTML, DOCX and PDF.")
    boolean importOnly;

    @Option(
            names = "--check-only",
            description = "Measure only gen check over 200 reports (the reports beside FILE, " + "varied) in this JVM.")
    boolean checkOnly;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Benchmark benchmark = new Benchmark(jar, report, Math.max(1, runs), line -> {
            out.println(line);
            out.flush();
        });
        if (importOnly) {
            benchmark.runImports();
        } else if (checkOnly) {
            benchmark.runChecks();
        } else {
            benchmark.run(batchSizes, soffice);
        }
        return 0;
    }
}
