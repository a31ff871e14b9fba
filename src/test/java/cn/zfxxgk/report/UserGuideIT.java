package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the user guide ({@code docs/用户指南.md}) as a clerk follows it, with the packaged {@code gen.jar} in a
 * directory of its own: every {@code $ java -jar gen.jar …} of a {@code console} block is run (with {@code --lang zh},
 * what a Chinese system chooses by itself) and what it prints must be the lines that follow it, word for word; an
 * untagged block after {@code <!-- 改动：FILE -->} is the clerk's edit, each of its lines replacing the line of FILE
 * that has the same key. So every command and message the guide quotes is one the engine gives today.
 */
class UserGuideIT {

    private static final Path JAR =
            Path.of(System.getProperty("gen.jar", "gen.jar")).toAbsolutePath();
    private static final Pattern STEP = Pattern.compile(
            "(?m)^(?:<!-- 改动：(?<file>\\S+) -->\\n```\\n(?<edit>.*?)^```|```console\\n(?<session>.*?)^```)",
            Pattern.DOTALL);
    private static final String GEN = "java -jar gen.jar";

    @TempDir
    Path work;

    @Test
    void everyCommandOfTheGuidePrintsWhatTheGuideSays() throws Exception {
        String guide = Files.readString(DocumentationTest.USER_GUIDE);
        Matcher step = STEP.matcher(guide);
        int commands = 0;
        while (step.find()) {
            if (step.group("file") != null) {
                edit(work.resolve(step.group("file")), step.group("edit"));
                continue;
            }
            String command = null;
            List<String> expected = new ArrayList<>();
            for (String line : step.group("session").split("\n")) {
                if (line.startsWith("$ ")) {
                    if (command != null) {
                        assertPrints(command, expected);
                        commands++;
                    }
                    command = line.substring(2);
                    expected = new ArrayList<>();
                } else {
                    expected.add(line);
                }
            }
            assertPrints(command, expected);
            commands++;
        }
        assertTrue(commands >= 6, "the guide's sessions were found: " + commands);
    }

    /** Runs {@code command} in the working directory; its output, standard output and error as a terminal shows them. */
    private void assertPrints(String command, List<String> expected) throws IOException, InterruptedException {
        if (!command.startsWith(GEN + " ")) {
            fail("the guide's sessions run gen.jar only: " + command);
        }
        List<String> args = new ArrayList<>(List.of("java", "-jar", JAR.toString(), "--lang", "zh"));
        args.addAll(DocumentationTest.words(command.substring(GEN.length())));
        ProcessBuilder builder =
                new ProcessBuilder(args).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8"); // Chinese file names whatever locales the machine has
        builder.environment().remove("LC_ALL");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not finish");
        }
        assertEquals(
                String.join("\n", expected),
                new String(output, StandardCharsets.UTF_8).stripTrailing(),
                "docs/用户指南.md: what `" + command + "` prints");
    }

    /** The clerk's edit: each line replaces the one line of {@code file} with the same key (its text up to ':'). */
    private static void edit(Path file, String lines) throws IOException {
        List<String> text = new ArrayList<>(Files.readAllLines(file));
        for (String line : lines.split("\n")) {
            int arrow = line.indexOf(" → ");
            if (arrow >= 0) { // 'old text → new text': the first line that holds just the old text, indentation kept
                String old = line.substring(0, arrow);
                int i = 0;
                while (i < text.size() && !text.get(i).strip().equals(old)) {
                    i++;
                }
                assertTrue(i < text.size(), "the guide replaces '" + old + "' in " + file.getFileName());
                text.set(i, text.get(i).substring(0, text.get(i).indexOf(old)) + line.substring(arrow + 3));
                continue;
            }
            String key = line.substring(0, line.indexOf(':') + 1);
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < text.size(); i++) {
                if (text.get(i).startsWith(key)) {
                    at.add(i);
                }
            }
            assertEquals(1, at.size(), "the guide edits one line of " + file.getFileName() + " with key " + key);
            text.set(at.get(0), line);
        }
        Files.write(file, text);
    }
}
