package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.ReportWatcher;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gen watch FILE}: re-renders on every save of the report or a template, until interrupted (Ctrl-C). */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = "Renders FILE, then again whenever it or a template changes, one line per render, until "
                + "interrupted (Ctrl-C). Options of gen itself (--output, --documents, --templates, --font …) go before "
                + "'watch'.")
final class WatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The report YAML file.")
    Path file;

    @ParentCommand
    GenerateCommand gen;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ReportEngine.Options options = gen.options();
        Path templates = options.templateDirectory();
        out.println(CliMessages.watching(
                        FileNames.display(file),
                        templates != null && Files.isDirectory(templates) ? FileNames.display(templates) : null)
                .in(gen.language()));
        out.flush();
        new ReportWatcher(options, file, FileNames.display(file), gen.language(), line -> {
                    out.println(line);
                    out.flush();
                })
                .run(() -> Thread.currentThread().isInterrupted());
        return 0;
    }
}
