package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.ReportBatch;
import cn.zfxxgk.report.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * A fast start for {@code java -jar gen.jar}: the run an editor repeats dozens of times an hour (one report) and the
 * batch a province renders (hundreds). HotSpot's optimising compiler (C2) needs tens of seconds of processor time to
 * compile the typesetting code (41.6 s while rendering 1000 reports, by {@code -XX:+CITime}); on a machine with few
 * cores it competes with the work for them and pays off only after a few thousand reports. A jar cannot carry JVM
 * options, so such a run starts itself again, once, in a JVM that compiles with the quick compiler only
 * ({@value #QUICK_COMPILER_ONLY}, the setting build tools such as Leiningen start with). Measured on 2 cores, the second
 * JVM's start included: one report in all three formats 1.8 s → 1.25 s, 100 reports 10.9 s → 6.8 s, 1000 reports
 * 47 s → 41 s.
 *
 * <p>Only the generate command starts again: with one to {@value #FEW} reports, or with at most {@value #MAX_REPORTS}
 * when they keep every core busy (a heap too small for a worker per core leaves a core to the optimising compiler, and
 * then it pays: 1000 reports with {@code -Xmx256m}, one worker, 74 s as they are and 89 s with the quick compiler
 * only). The other commands are short, or long-running ({@code watch}, {@code bench}). The user's own JVM options are passed on; a run whose options already
 * choose how to compile, or with {@value #ENV}{@code =false}, stays where it is. The command line is read here without
 * picocli, whose set-up alone costs a tenth of a second: the option and command names below are kept equal to the real
 * ones by a test.
 */
final class FastStart {

    /** Environment setting that turns the fast start off ({@code GEN_FAST_START=false}); also marks the second JVM. */
    static final String ENV = "GEN_FAST_START";

    static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

    /**
     * Environment setting that marks the second JVM and names the first's process id. The second JVM's standard input
     * is a pipe from the first; when it closes — the first JVM ended, even killed with SIGKILL, which runs no shutdown
     * hook — the second deletes what it was writing and stops at once, so a killed run writes nothing afterwards.
     */
    static final String PARENT_ENV = "GEN_FAST_START_PARENT";

    /** The subcommands of {@code gen}: only the generate command itself starts again. */
    static final Set<String> SUBCOMMANDS =
            Set.of("init", "check", "sum", "watch", "schema", "templates", "bench", "import", "serve");

    /** The generate command's options that take a value (the next argument is not a report). */
    static final Set<String> VALUE_OPTIONS = Set.of(
            "-o",
            "--output",
            "-d",
            "--documents",
            "-t",
            "--templates",
            "--font",
            "--template-timeout",
            "--template-max-output",
            "--lang");

    /**
     * Beyond this many reports the optimising compiler's code pays for its compiling (on 2 cores; sooner with more).
     */
    static final int MAX_REPORTS = 2000;

    /** Up to this many reports, a run is short enough that the quick compiler always wins. */
    static final int FEW = 3;

    private FastStart() {}

    /**
     * The command that runs {@code args} in a quickly starting JVM, or empty when this run should go on here.
     *
     * @param java this JVM's {@code java} executable
     * @param argv this JVM's command line after the executable ({@code -Xmx256m -jar gen.jar …}), as the OS has it
     * @param args the program's arguments
     * @param env the environment
     * @param cores the processors there are
     * @param workers how many workers a batch of so many reports gets
     */
    static Optional<List<String>> command(
            String java,
            List<String> argv,
            String[] args,
            Map<String, String> env,
            int cores,
            IntUnaryOperator workers) {
        if ("false".equalsIgnoreCase(env.get(ENV)) || args.length == 0 || SUBCOMMANDS.contains(args[0])) {
            return Optional.empty();
        }
        int jar = argv.indexOf("-jar");
        if (jar < 0 || jar + 1 >= argv.size() || argv.size() - jar - 2 != args.length) {
            return Optional.empty(); // not started as java -jar, or the command line is not what it seems
        }
        List<String> options = argv.subList(0, jar);
        if (options.stream().anyMatch(o -> o.contains("Tiered") || o.equals("-Xint") || o.equals("-Xcomp"))) {
            return Optional.empty(); // the user chose how to compile
        }
        int reports = reports(args);
        boolean everyCoreBusy = workers.applyAsInt(reports) >= cores;
        if (reports <= 0 || reports > MAX_REPORTS || reports > FEW && !everyCoreBusy) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        command.add(QUICK_COMPILER_ONLY);
        command.addAll(argv.subList(jar, jar + 2));
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    /**
     * How many reports the generate command's {@code args} name (files, and the reports in directories), or -1 when
     * they cannot be told: the command will say what is wrong.
     */
    private static int reports(String[] args) {
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (VALUE_OPTIONS.contains(args[i])) {
                i++; // its value
            } else if (SUBCOMMANDS.contains(args[i])) {
                return -1; // a subcommand after gen's options (gen --lang zh serve …): picocli runs it, here
            } else if (!args[i].startsWith("-")) {
                try {
                    inputs.add(Path.of(args[i]));
                } catch (InvalidPathException e) {
                    return -1;
                }
            }
        }
        try {
            return FileNames.reports(inputs).size();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * In the second JVM ({@value #PARENT_ENV} set): stops this JVM at once when the first one ends, having deleted the
     * temporary files being written. Its standard input is the first JVM's pipe, so end-of-file means the first JVM is
     * gone; the first JVM's process is also looked at twice a second, in case the pipe stays open.
     */
    static void endWithParent(Map<String, String> env) {
        String parent = env.get(PARENT_ENV);
        if (parent == null || !parent.matches("\\d{1,19}")) {
            return;
        }
        Optional<ProcessHandle> first = ProcessHandle.of(Long.parseLong(parent));
        Thread pipe = new Thread(
                () -> {
                    try {
                        while (System.in.read() >= 0) {
                            // nothing is ever sent: only the end matters
                        }
                    } catch (IOException e) {
                        // the pipe broke: the first JVM is gone
                    }
                    stopNow();
                },
                "gen-parent-pipe");
        Thread poll = new Thread(
                () -> {
                    while (first.map(ProcessHandle::isAlive).orElse(false)) {
                        try {
                            Thread.sleep(500);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    stopNow();
                },
                "gen-parent-poll");
        for (Thread thread : List.of(pipe, poll)) {
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Deletes what is being written and ends the JVM without running anything more (the run's parent is gone). */
    private static void stopNow() {
        AtomicFiles.abandon();
        Runtime.getRuntime().halt(KILLED);
    }

    /** The exit code of a run ended because its first JVM is gone (nobody reads it: 128 + SIGTERM, by convention). */
    static final int KILLED = 143;

    /**
     * Runs {@code args} in a quickly starting JVM when that is faster, with this JVM's standard streams; the exit code,
     * or empty when the run should go on in this JVM.
     */
    static Optional<Integer> runElsewhere(String[] args) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        int cores = Runtime.getRuntime().availableProcessors();
        Optional<List<String>> command = self.command()
                .flatMap(java -> self.arguments()
                        .flatMap(argv -> command(
                                java,
                                List.of(argv),
                                args,
                                System.getenv(),
                                cores,
                                reports -> ReportBatch.workers(reports, cores))));
        if (command.isEmpty()) {
            return Optional.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command.get())
                .redirectInput(ProcessBuilder.Redirect.PIPE) // held open until this JVM ends: see PARENT_ENV
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put(ENV, "false");
        builder.environment()
                .put(PARENT_ENV, String.valueOf(ProcessHandle.current().pid()));
        Process process;
        try {
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // run here, only slower
        }
        Thread stop = new Thread(process::destroy, "gen-stop-second-jvm");
        Runtime.getRuntime().addShutdownHook(stop); // a terminated run ends its second JVM too
        while (true) {
            try {
                int code = process.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return Optional.of(code);
            } catch (InterruptedException e) {
                // keep waiting: the second JVM decides when the run is over
            } catch (IllegalStateException e) {
                return Optional.of(process.exitValue()); // shutting down already
            }
        }
    }
}
