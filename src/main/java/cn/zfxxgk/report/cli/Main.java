package cn.zfxxgk.report.cli;

import picocli.CommandLine;

/** Entry point of {@code gen.jar}; the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(GenerateCommand.commandLine().execute(args));
    }
}
