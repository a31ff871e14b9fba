package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.LibraryLogging;
import java.util.Optional;

/** Entry point of {@code gen.jar}; the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        FastStart.endWithParent(System.getenv());
        Optional<Integer> elsewhere = FastStart.runElsewhere(args);
        if (elsewhere.isPresent()) {
            System.exit(elsewhere.get());
        }
        ConsoleEncoding.mendIfLocaleMissing();
        // The libraries log through SLF4J; gen.jar has no SLF4J backend on purpose (problems reach the user as our
        // own messages), so SLF4J must not complain about the missing one either.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        LibraryLogging.quiet();
        System.exit(GenerateCommand.commandLine().execute(args));
    }
}
