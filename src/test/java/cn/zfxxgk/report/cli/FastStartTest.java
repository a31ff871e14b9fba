package cn.zfxxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Which runs of gen.jar start again in a quickly starting JVM, and with what command. */
class FastStartTest {

    private static Optional<List<String>> command(String argv, Map<String, String> env) {
        List<String> all = List.of(argv.split(" "));
        String[] args = all.subList(all.indexOf("-jar") + 2, all.size()).toArray(String[]::new);
        return FastStart.command("/usr/bin/java", all, args, env, 2, reports -> Math.min(reports, 2));
    }

    @Test
    void aRunOfOneReportStartsAgainWithTheUsersOptionsAndTheQuickCompilerOnly() {
        assertEquals(
                Optional.of(List.of(
                        "/usr/bin/java",
                        "-Xmx256m",
                        "-Dfile.encoding=UTF-8",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        "gen.jar",
                        "-d",
                        "pdf",
                        "data/balikun-2023.yaml")),
                command("-Xmx256m -Dfile.encoding=UTF-8 -jar gen.jar -d pdf data/balikun-2023.yaml", Map.of()));
        assertTrue(
                command("-jar gen.jar -o target -t templates --font /usr/share/fonts a.yaml b.yml", Map.of())
                        .isPresent(),
                "directories given to options are not inputs");
    }

    @Test
    void batchesStartAgainUpToTheSizeWhereTheOptimisingCompilerPaysOff(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("notes.txt"), "not a report");
        for (int i = 0; i < FastStart.MAX_REPORTS; i++) {
            Files.writeString(directory.resolve("r" + i + ".yaml"), "");
        }
        assertTrue(command("-jar gen.jar a.yaml b.yaml c.yaml d.yaml", Map.of()).isPresent());
        assertTrue(command("-jar gen.jar " + directory, Map.of()).isPresent(), FastStart.MAX_REPORTS + " reports");
        assertEquals(Optional.empty(), command("-jar gen.jar " + directory + " one-more.yaml", Map.of()));
        assertEquals(Optional.empty(), command("-jar gen.jar src", Map.of()), "a directory without reports");
        List<String> small = List.of("-Xmx256m", "-jar", "gen.jar", "a.yaml", "b.yaml", "c.yaml", "d.yaml");
        assertEquals(
                Optional.empty(),
                FastStart.command(
                        "/usr/bin/java", small, small.subList(3, 7).toArray(String[]::new), Map.of(), 2, reports -> 1),
                "a heap with room for one worker leaves a core to the optimising compiler");
        List<String> few = small.subList(0, 6);
        assertTrue(
                FastStart.command(
                                "/usr/bin/java",
                                few,
                                few.subList(3, 6).toArray(String[]::new),
                                Map.of(),
                                2,
                                reports -> 1)
                        .isPresent(),
                "but a few reports start again all the same");
    }

    @Test
    void longRunningCommandsAndTheUsersOwnCompilerChoiceStayInThisJvm() {
        assertEquals(Optional.empty(), command("-jar gen.jar watch a.yaml", Map.of()));
        assertEquals(
                Optional.empty(),
                command("-jar gen.jar --lang zh serve a.yaml", Map.of()),
                "a subcommand after gen's options");
        assertEquals(Optional.empty(), command("-jar gen.jar -t templates watch a.yaml", Map.of()));
        assertEquals(Optional.empty(), command("-jar gen.jar bench a.yaml", Map.of()));
        assertEquals(Optional.empty(), command("-jar gen.jar check a.yaml", Map.of()));
        assertEquals(Optional.empty(), command("-XX:-TieredCompilation -jar gen.jar a.yaml", Map.of()));
        assertEquals(Optional.empty(), command("-jar gen.jar --help", Map.of()), "no report");
        assertEquals(
                Optional.empty(),
                command("-jar gen.jar a.yaml", Map.of(FastStart.ENV, "false")),
                "turned off, and how the second JVM knows it is one");
    }

    @Test
    void aCommandLineThatIsNotJavaJarStaysInThisJvm() {
        assertEquals(
                Optional.empty(),
                FastStart.command(
                        "/usr/bin/java",
                        List.of("-cp", "gen.jar", "cn.zfxxgk.report.cli.Main", "a.yaml"),
                        new String[] {"a.yaml"},
                        Map.of(),
                        2,
                        n -> 2));
        assertEquals(
                Optional.empty(),
                FastStart.command(
                        "/usr/bin/java",
                        List.of("-jar", "gen.jar", "a.yaml"),
                        new String[] {"b.yaml", "a.yaml"},
                        Map.of(),
                        2,
                        n -> 2),
                "arguments that do not match the command line");
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
