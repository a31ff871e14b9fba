package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.authoring.ReportSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code gen schema}: prints the JSON Schema of report files for YAML editors. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema of report files. Save it beside your reports "
                + "(gen schema > report.schema.json); their first line '# yaml-language-server: "
                + "$schema=report.schema.json' lets VS Code and JetBrains complete keys and flag mistakes.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ReportSchema.json());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
