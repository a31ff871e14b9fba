package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.authoring.Skeleton;
import cn.zfxxgk.report.files.AtomicFiles;
import cn.zfxxgk.report.model.FormatVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gen init --agency 巴里坤县人民政府 --year 2024}: the YAML of a new report, ready to fill in and render. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Writes the skeleton of a new report: every official row with 0, Chinese comments, the six "
                + "standard sections with hints, and a signature to fill in. It checks and renders as it stands.")
final class InitCommand implements Callable<Integer> {

    @Option(
            names = "--agency",
            required = true,
            paramLabel = "NAME",
            description = "The reporting agency, e.g. " + "巴里坤县人民政府.")
    String agency;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year the report covers.")
    int year;

    @Option(
            names = "--format",
            paramLabel = "2021|2019",
            defaultValue = "2021",
            description = "The official table layout: 2021 (国办公开办函〔2021〕30号, default) or 2019 (〔2019〕60号).")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE (not overwritten if it " + "exists) instead of standard output.")
    Path output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    GenerateCommand gen;

    @Override
    public Integer call() throws Exception {
        FormatVersion version = switch (format) {
            case "2021" -> FormatVersion.F2021;
            case "2019" -> FormatVersion.F2019;
            default ->
                throw new CommandLine.ParameterException(
                        spec.commandLine(), CliMessages.formatUnknown(format).in(gen.language()));
        };
        if (year < 2008 || year > 2100) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), CliMessages.yearInvalid(year).in(gen.language()));
        }
        if (agency.isBlank()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), CliMessages.agencyEmpty().in(gen.language()));
        }
        String skeleton = Skeleton.of(agency.strip(), year, version);
        if (output == null) {
            spec.commandLine().getOut().print(skeleton);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) { // a link, even to nothing, is not followed
            spec.commandLine()
                    .getErr()
                    .println(
                            CliMessages.alreadyExists(FileNames.display(output)).in(gen.language()));
            return 1;
        }
        try {
            AtomicFiles.writeAll(Map.of(output, skeleton.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            spec.commandLine()
                    .getErr()
                    .println(CliMessages.cannotWrite(FileNames.display(output), FileNames.describe(e))
                            .in(gen.language()));
            return 1;
        }
        spec.commandLine()
                .getOut()
                .println(CliMessages.wrote(FileNames.display(output)).in(gen.language()));
        return 0;
    }
}
