package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.cli.GenerateCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

/**
 * The corpus of bad (and tricky but valid) inputs in {@code src/test/resources/corpus/cases.yaml}, run through the
 * whole engine, every format: each gives exactly its expected messages and exit code in bounded time, and writes no
 * file when it fails — or, where the input is in fact valid, a complete document that prints hostile text literally.
 *
 * <p>A case is made from a copy of the seed, {@code src/test/resources/corpus/balikun-2023.yaml}, by text edits ({@code replace}), or is whole
 * {@code content}, {@code hex} bytes, or {@code generate}d (huge, deep, garbage); a special {@code path} stands
 * for what a file cannot hold (a 3 GB sparse file, a device, a directory).
 */
class BadInputCorpusTest {

    /** A copy of the seed data/balikun-2023.yaml, so that editing the user's data never changes the corpus. */
    static final Path SEED = Path.of("src/test/resources/corpus/balikun-2023.yaml");

    @TempDir
    Path work;

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/corpus/cases.yaml"))) {
            List<Map<String, Object>> cases = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return cases.stream().map(c -> Arguments.of(Named.of((String) c.get("name"), c)));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void givesExactlyTheExpectedMessagesAndExitCode(Map<String, Object> c) throws Exception {
        Path file = file(c);
        Path output = work.resolve("out");
        Run english = run(c, file, output, "en");
        Run chinese = run(c, file, output.resolveSibling("out-zh"), "zh");
        if (!english.messages().equals(c.get("expected")) || !chinese.messages().equals(c.get("expected_zh"))) {
            // for a person to look at (and to copy into the corpus once checked)
            String name = ((String) c.get("name")).replaceAll("[^\\p{L}\\p{N}]+", "-");
            Path actual = Path.of("target", "corpus-actual");
            Files.createDirectories(actual);
            Files.write(actual.resolve(name + ".en.txt"), english.messages(), StandardCharsets.UTF_8);
            Files.write(actual.resolve(name + ".zh.txt"), chinese.messages(), StandardCharsets.UTF_8);
        }
        assertEquals(c.get("expected"), english.messages());
        assertEquals(c.get("expected_zh"), chinese.messages(), "in Chinese");
        assertEquals(c.getOrDefault("exit", 1), english.exit(), "exit code");
        assertEquals(english.exit(), chinese.exit(), "the same exit code in either language");
        if (english.exit() != 0) {
            assertTrue(!Files.exists(output) || isEmpty(output), "no file is written for a failed report");
            return;
        }
        for (OutputFormat format : OutputFormat.defaults()) { // what the command writes when no --documents is given
            assertTrue(Files.size(output.resolve("broken." + format.extension())) > 0, format + " written");
        }
        String html = Files.readString(output.resolve("broken.html"), StandardCharsets.UTF_8);
        for (String literal : (List<String>) c.getOrDefault("html", List.of())) {
            assertTrue(html.contains(literal), "the HTML prints literally: " + literal);
        }
    }

    /** What the command printed on its error stream, line by line, and its exit code. */
    private record Run(List<String> messages, int exit) {}

    private Run run(Map<String, Object> c, Path file, Path output, String language) {
        List<String> args = new ArrayList<>(
                List.of("--lang", language, "--no-system-fonts", "-t", "templates", "-o", output.toString()));
        if (Boolean.TRUE.equals(c.get("strict"))) {
            args.add("--strict");
        }
        args.add(file.toString());
        StringWriter err = new StringWriter();
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            CommandLine line = GenerateCommand.commandLine(); // as a user runs it: messages and exit code of the CLI
            line.setOut(new PrintWriter(new StringWriter(), true));
            line.setErr(new PrintWriter(err, true));
            return line.execute(args.toArray(String[]::new));
        });
        String shown = FileNames.display(work) + "/"; // the file is named as the user would see it, from here
        return new Run(err.toString().lines().map(m -> m.replace(shown, "")).toList(), exit);
    }

    /** The file the case is about: written from its input, or a special {@code path}. */
    private Path file(Map<String, Object> c) throws IOException {
        Path file = work.resolve("broken.yaml");
        String path = (String) c.get("path");
        if (path == null) {
            Files.write(file, input(c));
        } else if (path.equals("sparse 3 GB")) {
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(3L * 1024 * 1024 * 1024); // takes no disk space
            }
        } else if (path.equals("directory")) {
            Files.createDirectory(file);
        } else {
            Files.createSymbolicLink(file, Path.of(path));
        }
        return file;
    }

    @SuppressWarnings("unchecked")
    private static byte[] input(Map<String, Object> c) throws IOException {
        if (c.containsKey("content")) {
            return ((String) c.get("content")).getBytes(StandardCharsets.UTF_8);
        }
        if (c.containsKey("hex")) {
            return HexFormat.of().parseHex(((String) c.get("hex")).replaceAll("\\s+", ""));
        }
        if (c.containsKey("generate")) {
            return generate((String) c.get("generate"));
        }
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        for (List<String> edit : (List<List<String>>) c.getOrDefault("replace", List.of())) {
            assertNotEquals(-1, text.indexOf(edit.get(0)), "edit target not found: " + edit.get(0));
            assertEquals(
                    text.indexOf(edit.get(0)), text.lastIndexOf(edit.get(0)), "edit target not unique: " + edit.get(0));
            text = text.replace(edit.get(0), repeated(edit.get(1)));
        }
        String encoding = (String) c.getOrDefault("encoding", "UTF-8");
        return text.getBytes(encoding);
    }

    /** {@code text} with each {@code {{N*x}}} written out as {@code x} N times (long lines kept out of the corpus). */
    private static String repeated(String text) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\{\\{(\\d+)\\*([^}]+)}}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, java.util.regex.Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    /** Inputs too big or too strange to keep in the repository. */
    private static byte[] generate(String kind) throws IOException {
        return switch (kind) {
            case "50 MB" -> {
                byte[] big = new byte[50 * 1024 * 1024];
                java.util.Arrays.fill(big, (byte) 'a');
                yield big;
            }
            case "10000 levels" ->
                ("a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n").getBytes(StandardCharsets.UTF_8);
            case "garbage" -> {
                byte[] garbage = new byte[4096];
                new Random(20261122).nextBytes(garbage);
                yield garbage;
            }
            case "billion laughs" -> {
                StringBuilder bomb =
                        new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
                for (char c = 'b'; c <= 'j'; c++) {
                    char p = (char) (c - 1);
                    bomb.append(c)
                            .append(": &")
                            .append(c)
                            .append(" [*")
                            .append(p)
                            .append(",*")
                            .append(p)
                            .append(",*")
                            .append(p)
                            .append(",*")
                            .append(p)
                            .append(",*")
                            .append(p)
                            .append(",*")
                            .append(p)
                            .append("]\n");
                }
                yield bomb.toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> throw new IllegalArgumentException("no generator " + kind);
        };
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.findAny().isEmpty();
        }
    }
}
