package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.serve.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gen serve FILE}: a preview in the browser on 127.0.0.1 — the HTML beside the PDF pages and the problems —
 * refreshed after every save of the report or a template, until interrupted (Ctrl-C).
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Serves a preview of FILE on this computer only (127.0.0.1): its HTML beside its PDF pages and the "
                        + "problems found, refreshed in the browser whenever FILE or a template is saved, until interrupted "
                        + "(Ctrl-C). Writes nothing to the output directory.")
final class ServeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The report YAML file.")
    Path file;

    @Option(
            names = {"-t", "--templates"},
            paramLabel = "DIR",
            description = "Directory of edited templates (as gen --templates). Default: gen's.")
    Path templates;

    @Option(
            names = {"-p", "--port"},
            paramLabel = "N",
            defaultValue = "8080",
            description = "The port to listen on; 0 takes any free port. Default: ${DEFAULT-VALUE}.")
    int port;

    @ParentCommand
    GenerateCommand gen;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Language language = gen.language();
        if (templates != null && !Files.isDirectory(templates)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    CliMessages.noTemplateDirectory(templates.toString(), Files.exists(templates))
                            .in(language));
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), CliMessages.badPort(port).in(language));
        }
        ReportEngine.Options options = gen.options();
        if (templates != null) {
            options = new ReportEngine.Options(
                    options.outputDirectory(),
                    options.formats(),
                    options.strict(),
                    templates,
                    options.fonts(),
                    options.systemFonts(),
                    options.templateLimits());
        }
        PrintWriter out = spec.commandLine().getOut();
        PreviewServer server;
        try {
            server = PreviewServer.start(options, file, FileNames.display(file), language, port, line -> {
                synchronized (out) {
                    out.println(line);
                    out.flush();
                }
            });
        } catch (BindException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), CliMessages.portTaken(port).in(language));
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> { // Ctrl-C: stop, and leave no temporary file behind
                            try {
                                server.close();
                            } catch (IOException e) {
                                // the program is ending; the system's temporary directory is cleaned in time
                            }
                        }));
        synchronized (out) {
            out.println(
                    CliMessages.serving(FileNames.display(file), server.url()).in(language));
            out.flush();
        }
        Thread.currentThread().join(); // serves until Ctrl-C ends the program
        return 0;
    }
}
