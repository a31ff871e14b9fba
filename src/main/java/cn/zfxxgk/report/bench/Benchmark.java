package cn.zfxxgk.report.bench;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportBatch;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.ingest.Importer;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.render.pdf.PdfPages;
import cn.zfxxgk.report.rules.ReportChecker;
import cn.zfxxgk.report.rules.RuleSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Measures the engine on the machine it runs on and prints a Markdown table: cold wall time of {@code java -jar} for one
 * report (all formats, HTML only, PDF only), warm time per report per format, batch throughput for 1, 100 and 1000
 * reports in a warmed-up JVM and 1000 in a fresh one (with the default heap and with 256 MB), a PDF-only batch's time
 * per report, peak memory, PDF, DOCX and OFD sizes, and LibreOffice converting the same DOCX to PDF, one file and many
 * in one call. Figures are medians over several runs, except the single fresh runs of 1000 and LibreOffice's many-file
 * call. The warm OFD time is the PDF's typesetting and its conversion; the conversion alone is printed beside it.
 * {@code gen check} is measured over {@value #CHECKED} reports in this JVM (the report's directory's reports, varied).
 */
public final class Benchmark {

    /** How many DOCX files LibreOffice converts in one call, for its time per document when it starts once. */
    private static final int OFFICE_BATCH = 20;

    /** How many reports {@code gen check} is measured on, in one JVM. */
    static final int CHECKED = 200;

    /** Seconds of rendering before warm times are taken. */
    private static final int WARM_UP = 10;

    private final Path jar;
    private final Path report;
    private final int runs;
    private final Consumer<String> out;
    private final Path work;

    /** A benchmark of {@code jar} on {@code report}, {@code runs} runs per figure, printing to {@code out}. */
    public Benchmark(Path jar, Path report, int runs, Consumer<String> out) throws IOException {
        this.jar = jar;
        this.report = report;
        this.runs = runs;
        this.out = out;
        this.work = Files.createTempDirectory("gen-bench");
    }

    /** Measures only {@code gen import} of the report's own documents (rendered here first). */
    public void runImports() throws Exception {
        out.accept("| measure | median | note |");
        out.accept("|---|---|---|");
        Path documents = work.resolve("sizes");
        run(List.of("-o", documents.toString(), report.toString()), null);
        imports(documents, baseName(report));
        delete(work);
    }

    /** Measures only {@code gen check} over {@value #CHECKED} reports. */
    public void runChecks() throws IOException {
        out.accept("| measure | median | note |");
        out.accept("|---|---|---|");
        checks();
        delete(work);
    }

    /** Runs every measurement. */
    public void run(List<Integer> batchSizes, Path soffice) throws Exception {
        out.accept("| measure | median | note |");
        out.accept("|---|---|---|");
        checks();
        cold("html,pdf,docx", "cold, one report, DOCX + PDF + HTML");
        cold("html", "cold, one report, HTML only");
        cold("pdf", "cold, one report, PDF only");
        double pdfMillis = 0;
        for (OutputFormat format : OutputFormat.values()) {
            double millis = warm(EnumSet.of(format));
            String note = "same JVM, after " + WARM_UP + " s of the same";
            if (format == OutputFormat.PDF) {
                pdfMillis = millis;
            } else if (format == OutputFormat.OFD) {
                // the OFD is made from the PDF, which is typeset for it
                note += String.format(
                        Locale.ROOT, "; PDF typeset and converted, the conversion alone %s", ms(millis - pdfMillis));
            }
            row("warm, per report, " + format.key().toUpperCase(Locale.ROOT), ms(millis), note);
        }
        for (int size : batchSizes) {
            batch(size, EnumSet.copyOf(OutputFormat.defaults()), "DOCX + PDF + HTML");
        }
        int pdfBatch = batchSizes.stream().max(Integer::compare).orElse(100);
        double batchPdfMillis = 1000 / batch(pdfBatch, EnumSet.of(OutputFormat.PDF), "PDF only");
        row("batch, per report, PDF only", ms(batchPdfMillis), "wall time of " + pdfBatch + " PDFs / " + pdfBatch);
        fresh(1000, null);
        fresh(1000, "-Xmx256m");
        Path documents = work.resolve("sizes");
        run(List.of("-f", "html,pdf,docx,ofd", "-o", documents.toString(), report.toString()), null);
        String name = baseName(report);
        row("PDF size", Files.size(documents.resolve(name + ".pdf")) / 1024 + " KB", pages(documents, name));
        row("DOCX size", Files.size(documents.resolve(name + ".docx")) / 1024 + " KB", "");
        row("OFD size", Files.size(documents.resolve(name + ".ofd")) / 1024 + " KB", "the same pages and font subsets");
        office(soffice, documents.resolve(name + ".docx"), pdfMillis, batchPdfMillis);
        imports(documents, name);
        delete(work);
    }

    private void cold(String formats, String label) throws Exception {
        List<Double> times = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            long[] measured =
                    run(List.of("-f", formats, "-o", work.resolve("cold").toString(), report.toString()), null);
            times.add(measured[0] / 1e6);
            peak = Math.max(peak, measured[1]);
        }
        row(label, ms(median(times)), "java -jar gen.jar, peak RSS " + (peak > 0 ? peak / 1024 + " MB" : "n/a"));
    }

    /**
     * The median time of one report in {@code formats} in a JVM that has already rendered it for {@value #WARM_UP} s
     * (the compiler has had its chance, as in a long batch or a watched file).
     */
    private double warm(EnumSet<OutputFormat> formats) throws IOException {
        List<Double> times = new ArrayList<>();
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(work.resolve("warm"), formats, false, Path.of("templates")))) {
            long warmUpEnd = System.nanoTime() + WARM_UP * 1_000_000_000L;
            while (System.nanoTime() < warmUpEnd) {
                engine.generate(report, report.toString());
            }
            for (int i = 0; i < runs * 10; i++) {
                long start = System.nanoTime();
                engine.generate(report, report.toString());
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        return median(times);
    }

    /** Reports per second rendering {@code size} reports in {@code formats} in one batch (median). */
    private double batch(int size, EnumSet<OutputFormat> formats, String label) throws Exception {
        List<Path> files = copies(size);
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < Math.max(1, runs / 2); i++) {
            ReportBatch.Summary summary = ReportBatch.run(
                    files,
                    new ReportEngine.Options(work.resolve("batch"), formats, false, Path.of("templates")),
                    Runtime.getRuntime().availableProcessors(),
                    notice -> {},
                    done -> {});
            rates.add(size * 1000.0 / Math.max(1, summary.millis()));
        }
        double rate = median(rates);
        row(
                "batch throughput, " + size + " report" + (size == 1 ? "" : "s") + ", " + label,
                String.format(Locale.ROOT, "%.1f reports/s", rate),
                Runtime.getRuntime().availableProcessors() + " workers, in one JVM");
        return rate;
    }

    /** {@code size} reports given to one fresh {@code java -jar gen.jar} as a directory, as users run a batch. */
    private void fresh(int size, String jvmOption) throws Exception {
        List<Path> files = copies(size);
        List<String> args = new ArrayList<>(List.of("-o", work.resolve("fresh").toString()));
        args.add(files.get(0).getParent().toString());
        long[] measured = run(args, jvmOption);
        String outcome = measured[2] != 0
                ? "FAILED (exit " + measured[2] + ")"
                : String.format(Locale.ROOT, "%.1f reports/s", size / (measured[0] / 1e9));
        row(
                size + " reports in one java -jar run" + (jvmOption == null ? "" : " with " + jvmOption),
                outcome,
                String.format(
                        Locale.ROOT,
                        "%.1f s including the JVM's start and compiling, peak RSS %s",
                        measured[0] / 1e9,
                        measured[1] > 0 ? measured[1] / 1024 + " MB" : "n/a"));
    }

    private void office(Path soffice, Path docx, double pdfMillis, double batchPdfMillis) throws Exception {
        if (soffice == null || !Files.isExecutable(soffice)) {
            row("soffice --convert-to pdf, same DOCX", "not measured", "LibreOffice not found");
            return;
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < Math.max(3, runs / 2); i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(
                            soffice.toString(),
                            "--headless",
                            "--norestore",
                            "-env:UserInstallation="
                                    + work.resolve("office-profile").toUri(),
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            work.resolve("office").toString(),
                            docx.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.waitFor(300, TimeUnit.SECONDS);
            if (i > 0) {
                times.add((System.nanoTime() - start) / 1e6); // the first run also creates LibreOffice's profile
            }
        }
        double office = median(times);
        row(
                "soffice --convert-to pdf, same DOCX",
                ms(office),
                String.format(
                        Locale.ROOT,
                        "%.0f× our batch PDF time per report, %.0f× the warm PDF time of one report",
                        office / batchPdfMillis,
                        office / pdfMillis));
        Path many = work.resolve("office-many");
        Files.createDirectories(many);
        List<String> command = new ArrayList<>(List.of(
                soffice.toString(),
                "--headless",
                "--norestore",
                "-env:UserInstallation=" + work.resolve("office-profile").toUri(),
                "--convert-to",
                "pdf",
                "--outdir",
                work.resolve("office").toString()));
        for (int i = 0; i < OFFICE_BATCH; i++) {
            Path copy = many.resolve("report-" + i + ".docx");
            Files.copy(docx, copy);
            command.add(copy.toString());
        }
        long start = System.nanoTime();
        new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor(600, TimeUnit.SECONDS);
        double each = (System.nanoTime() - start) / 1e6 / OFFICE_BATCH;
        row(
                "soffice --convert-to pdf, " + OFFICE_BATCH + " DOCX in one call",
                ms(each) + " per document",
                String.format(Locale.ROOT, "%.0f× our batch PDF time per report", each / batchPdfMillis));
    }

    /**
     * {@code gen import} of the report's own HTML, DOCX and PDF in this JVM, after {@value #WARM_UP} s of the same:
     * the median time per file and per page (the PDF's page count).
     */
    private void imports(Path documents, String name) throws IOException {
        int pages = PdfPages.count(Files.readAllBytes(documents.resolve(name + ".pdf")));
        for (String extension : List.of("html", "docx", "pdf")) {
            Path file = documents.resolve(name + "." + extension);
            byte[] bytes = Files.readAllBytes(file);
            Importer.Options options = new Importer.Options("巴里坤县人民政府", 2023, Language.EN);
            long warmUpEnd = System.nanoTime() + WARM_UP * 1_000_000_000L;
            while (System.nanoTime() < warmUpEnd) {
                Importer.read(bytes, file.getFileName().toString(), file.toString(), options);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs * 10; i++) {
                long start = System.nanoTime();
                Importer.read(bytes, file.getFileName().toString(), file.toString(), options);
                times.add((System.nanoTime() - start) / 1e6);
            }
            double median = median(times);
            row(
                    "import, warm, " + extension.toUpperCase(Locale.ROOT),
                    ms(median) + " (" + ms(median / pages) + " a page)",
                    pages + " pages, same JVM, after " + WARM_UP + " s of the same");
        }
    }

    /**
     * {@code gen check} of {@value #CHECKED} reports in this JVM, as one run of {@code check} does them (one checker,
     * every rule, each file read and loaded): the first pass, in a JVM that has not checked before, and the median of
     * {@code runs} more; each with the median time per report.
     */
    private void checks() throws IOException {
        List<Path> files = variedReports(CHECKED);
        List<Double> checkTotals = new ArrayList<>();
        List<Double> checkEach = new ArrayList<>();
        for (int pass = 0; pass <= runs; pass++) {
            ReportChecker checker = new ReportChecker(false, RuleSettings.none(), null);
            List<Double> each = new ArrayList<>();
            long start = System.nanoTime();
            int problems = 0;
            for (Path file : files) {
                long one = System.nanoTime();
                problems += checker.check(file, file.getFileName().toString()).size();
                each.add((System.nanoTime() - one) / 1e6);
            }
            double total = (System.nanoTime() - start) / 1e6;
            if (pass == 0) {
                row(
                        "check, " + CHECKED + " reports, first run in this JVM",
                        ms(total),
                        "median " + ms(median(each)) + " a report; " + problems + " findings");
            } else {
                checkTotals.add(total);
                checkEach.add(median(each));
            }
        }
        row(
                "check, " + CHECKED + " reports, warm",
                ms(median(checkTotals)),
                "median " + ms(median(checkEach)) + " a report, over " + runs + " runs");
    }

    /**
     * {@code size} different reports: the YAML files beside the benchmark's report (the four seeds for
     * {@code data/balikun-2023.yaml}) in turn, each copy with its own agency and its first number of table 三 changed,
     * so that no two files are the same.
     */
    private List<Path> variedReports(int size) throws IOException {
        Path directory = work.resolve("checked");
        Files.createDirectories(directory);
        Path parent = report.toAbsolutePath().getParent();
        List<String> sources = new ArrayList<>();
        try (Stream<Path> list = Files.list(parent)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".yaml")
                            && !f.getFileName().toString().contains("schema"))
                    .sorted()
                    .toList()) {
                sources.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String yaml = sources.get(i % sources.size()).replaceFirst("(?m)^agency: (.*)$", "agency: $1第" + i + "单位");
            Path file = directory.resolve(String.format("report-%03d.yaml", i));
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** Runs gen.jar in a JVM of its own: wall time in ns, peak RSS in KB (Linux), exit code. */
    private long[] run(List<String> args, String jvmOption) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (jvmOption != null) {
            command.add(jvmOption);
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long peak = 0;
        while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
            // gen.jar may run a report in a second JVM of its own (FastStart): count both
            long sum = rss(process.pid())
                    + process.descendants().mapToLong(child -> rss(child.pid())).sum();
            peak = Math.max(peak, sum);
        }
        return new long[] {System.nanoTime() - start, peak, process.exitValue()};
    }

    /** The peak resident set of a running process in KB, from /proc (0 where there is none). */
    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private List<Path> copies(int size) throws IOException {
        Path directory = work.resolve("copies-" + size);
        Files.createDirectories(directory);
        byte[] yaml = Files.readAllBytes(report);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Path file = directory.resolve(String.format("report-%04d.yaml", i));
            if (!Files.exists(file)) {
                Files.write(file, yaml);
            }
            files.add(file);
        }
        return files;
    }

    private static String pages(Path directory, String name) {
        try {
            return PdfPages.count(Files.readAllBytes(directory.resolve(name + ".pdf"))) + " pages";
        } catch (IOException e) {
            return "";
        }
    }

    private void row(String measure, String value, String note) {
        out.accept("| " + measure + " | " + value + " | " + note + " |");
    }

    private static String ms(double millis) {
        return millis >= 1000
                ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
                : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
