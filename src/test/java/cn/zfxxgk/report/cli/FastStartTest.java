package cn.zfxxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Which runs of gen.jar start again in a quickly starting JVM, and with what command. */
class FastStartTest {

    private static Optional<List<String>> command(String argv, Map<String, String> env) {
        List<String> all = List.of(argv.split(" "));
        String[] args = all.subList(all.indexOf("-jar") + 2, all.size()).toArray(String[]::new);
        return FastStart.command("/usr/bin/java", all, args, env);
    }

    @Test
    void aRunOfOneReportStartsAgainWithTheUsersOptionsAndTheQuickCompilerOnly() {
        assertEquals(Optional.of(List.of("/usr/bin/java", "-Xmx256m", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1",
                "-jar", "gen.jar", "-f", "pdf", "data/balikun-2023.yaml")),
                command("-Xmx256m -Dfile.encoding=UTF-8 -jar gen.jar -f pdf data/balikun-2023.yaml", Map.of()));
        assertTrue(command("-jar gen.jar -o target -t templates --font /usr/share/fonts a.yaml b.yml", Map.of())
                .isPresent(), "directories given to options are not inputs");
    }

    @Test
    void batchesLongRunningCommandsAndTheUsersOwnCompilerChoiceStayInThisJvm() {
        assertEquals(Optional.empty(), command("-jar gen.jar a.yaml b.yaml c.yaml d.yaml", Map.of()), "a batch");
        assertEquals(Optional.empty(), command("-jar gen.jar src", Map.of()), "a directory");
        assertEquals(Optional.empty(), command("-jar gen.jar watch a.yaml", Map.of()));
        assertEquals(Optional.empty(), command("-jar gen.jar bench a.yaml", Map.of()));
        assertEquals(Optional.empty(), command("-jar gen.jar check a.yaml", Map.of()));
        assertEquals(Optional.empty(), command("-XX:-TieredCompilation -jar gen.jar a.yaml", Map.of()));
        assertEquals(Optional.empty(), command("-jar gen.jar --help", Map.of()), "no report");
        assertEquals(Optional.empty(), command("-jar gen.jar a.yaml", Map.of(FastStart.ENV, "false")),
                "turned off, and how the second JVM knows it is one");
    }

    @Test
    void aCommandLineThatIsNotJavaJarStaysInThisJvm() {
        assertEquals(Optional.empty(), FastStart.command("/usr/bin/java", List.of("-cp", "gen.jar",
                "cn.zfxxgk.report.cli.Main", "a.yaml"), new String[] {"a.yaml"}, Map.of()));
        assertEquals(Optional.empty(), FastStart.command("/usr/bin/java", List.of("-jar", "gen.jar", "a.yaml"),
                new String[] {"b.yaml", "a.yaml"}, Map.of()), "arguments that do not match the command line");
    }

    @Test
    void theNamesReadWithoutPicocliAreTheCommandLinesOwn() {
        CommandLine gen = GenerateCommand.commandLine();
        assertEquals(FastStart.SUBCOMMANDS, gen.getSubcommands().keySet());
        Set<String> valueOptions = new TreeSet<>();
        for (OptionSpec option : gen.getCommandSpec().options()) {
            if (option.arity().max() > 0 && !option.typeInfo().isBoolean()) {
                valueOptions.addAll(List.of(option.names()));
            }
        }
        assertEquals(new TreeSet<>(FastStart.VALUE_OPTIONS), valueOptions);
    }
}
