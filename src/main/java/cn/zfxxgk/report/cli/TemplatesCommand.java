package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.template.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gen templates export DIR}: copies the built-in templates out for an editor to change. */
@Command(
        name = "templates",
        mixinStandardHelpOptions = true,
        subcommands = TemplatesCommand.Export.class,
        description = "Works with the templates. 'gen templates export DIR' copies the built-in ones into DIR; "
                + "'gen --templates DIR FILE…' renders with them.")
final class TemplatesCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    GenerateCommand gen;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; expected 'export DIR'");
    }

    /** {@code export DIR}. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description =
                    "Copies the built-in templates (report.ftlh, fonts.properties, report.docx) into DIR. Files already "
                            + "there are kept unless --force.")
    static final class Export implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "Where to write the templates (created if missing).")
        Path directory;

        @Option(names = "--force", description = "Overwrite templates that already exist in DIR.")
        boolean force;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ParentCommand
        TemplatesCommand templates;

        @Override
        public Integer call() throws Exception {
            Language language = templates.gen.language();
            List<Path> skipped = new ArrayList<>();
            List<Path> unchanged = new ArrayList<>();
            List<Path> written;
            try {
                written = Templates.export(directory, force, skipped, unchanged);
            } catch (IOException e) {
                spec.commandLine()
                        .getErr()
                        .println(CliMessages.templatesUnwritable(FileNames.display(directory), FileNames.describe(e))
                                .in(language));
                return 1;
            }
            for (Path file : written) {
                spec.commandLine()
                        .getOut()
                        .println(CliMessages.wrote(FileNames.display(file)).in(language));
            }
            for (Path file : skipped) { // edited: the editor's work is never overwritten without --force
                spec.commandLine()
                        .getErr()
                        .println(CliMessages.templateKept(FileNames.display(file))
                                .in(language));
            }
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
            return skipped.isEmpty() ? 0 : 1;
        }
    }
}
