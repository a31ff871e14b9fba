package cn.zfxxgk.report.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fast start for the run an editor repeats dozens of times an hour: {@code java -jar gen.jar report.yaml}. Such a run
 * is over in about a second, and on a machine with few cores HotSpot's optimising compiler (C2) spends that second
 * competing with the work for the cores, finishing its code too late to pay off. A jar cannot carry JVM options, so
 * such a run starts itself again, once, in a JVM that compiles with the quick compiler only
 * ({@value #QUICK_COMPILER_ONLY}, the setting build tools such as Leiningen start with): 1.8 s → 1.25 s for all three
 * formats of a seed report on a 2-core machine, the second JVM's start included.
 *
 * <p>Only the generate command with a few report files starts again; batches and directories run many reports in one
 * JVM and gain from the optimising compiler, and the other commands are short or long-running. The user's own JVM
 * options are passed on; a run whose options already choose how to compile, or with {@value #ENV}{@code =false},
 * stays where it is. The command line is read here without picocli, whose set-up alone costs a tenth of a second: the
 * option and command names below are kept equal to the real ones by a test.
 */
final class FastStart {

    /** Environment setting that turns the fast start off ({@code GEN_FAST_START=false}); also marks the second JVM. */
    static final String ENV = "GEN_FAST_START";

    static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

    /** The subcommands of {@code gen}: only the generate command itself starts again. */
    static final Set<String> SUBCOMMANDS = Set.of("init", "check", "watch", "schema", "templates", "bench");

    /** The generate command's options that take a value (the next argument is not a report). */
    static final Set<String> VALUE_OPTIONS = Set.of("-o", "--output", "-f", "--format", "-t", "--templates", "--font");

    /** More report files than this make a batch. */
    static final int MAX_FILES = 3;

    private FastStart() {
    }

    /**
     * The command that runs {@code args} in a quickly starting JVM, or empty when this run should go on here.
     *
     * @param java this JVM's {@code java} executable
     * @param argv this JVM's command line after the executable ({@code -Xmx256m -jar gen.jar …}), as the OS has it
     * @param args the program's arguments
     * @param env the environment
     */
    static Optional<List<String>> command(String java, List<String> argv, String[] args, Map<String, String> env) {
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
        int files = 0;
        for (int i = 0; i < args.length; i++) {
            if (VALUE_OPTIONS.contains(args[i])) {
                i++; // its value
            } else if (!args[i].startsWith("-")) {
                if (isDirectory(args[i])) {
                    return Optional.empty(); // a batch
                }
                files++;
            }
        }
        if (files == 0 || files > MAX_FILES) {
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
     * Runs {@code args} in a quickly starting JVM when that is faster, with this JVM's standard streams; the exit code,
     * or empty when the run should go on in this JVM.
     */
    static Optional<Integer> runElsewhere(String[] args) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<List<String>> command = self.command().flatMap(java -> self.arguments()
                .flatMap(argv -> command(java, List.of(argv), args, System.getenv())));
        if (command.isEmpty()) {
            return Optional.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        builder.environment().put(ENV, "false");
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

    private static boolean isDirectory(String arg) {
        try {
            return Files.isDirectory(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
