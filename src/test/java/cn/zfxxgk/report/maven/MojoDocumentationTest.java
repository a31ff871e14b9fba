package cn.zfxxgk.report.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.problem.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build logs the README and the user guide quote are what the plugin logs: each {@code [INFO]} line of their
 * Maven sections is one of the plugin's messages, in English or Chinese, with whatever file it names.
 */
class MojoDocumentationTest {

    private static final String ANY = "\u0000";

    /** The plugin's messages about files, each as a pattern of either language with the file left open. */
    private static final List<Pattern> MESSAGES = Stream.<Function<String, Message>>of(
                    MojoMessages::wrote, MojoMessages::upToDate, MojoMessages::removed, MojoMessages::noReports)
            .map(message -> message.apply(ANY))
            .flatMap(message -> Stream.of(message.en(), message.zh()))
            .map(text -> Pattern.compile(Pattern.quote(text).replace(ANY, "\\E\\S+\\Q")))
            .toList();

    /** The check goal's closing line, its numbers left open. */
    private static final List<Pattern> CHECKED = Stream.of(MojoMessages.checked(2, 2, 2, 2))
            .flatMap(message -> Stream.of(message.en(), message.zh()))
            .map(text -> Pattern.compile(Pattern.quote(text).replaceAll("\\d+", "\\\\E\\\\d+\\\\Q")))
            .toList();

    @Test
    void theLogLinesTheDocumentsQuoteAreThePluginsMessages() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.addAll(infoLines(Files.readString(Path.of("README.md")), "## The Maven plugin"));
        lines.addAll(infoLines(Files.readString(Path.of("docs/用户指南.md")), "## 五、"));
        assertTrue(lines.size() >= 6, "found the quoted log: " + lines);
        for (String line : lines) {
            assertTrue(
                    Stream.concat(MESSAGES.stream(), CHECKED.stream())
                            .anyMatch(p -> p.matcher(line).matches()),
                    "'" + line + "' is not a message of the plugin");
        }
    }

    /** The {@code [INFO]} lines of the fenced blocks in the section that starts with {@code heading}. */
    private static List<String> infoLines(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading);
        assertTrue(start >= 0, heading);
        int end = markdown.indexOf("\n## ", start + 1);
        String section = markdown.substring(start, end < 0 ? markdown.length() : end);
        List<String> lines = new ArrayList<>();
        Matcher block = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```").matcher(section);
        while (block.find()) {
            block.group(2)
                    .lines()
                    .filter(line -> line.startsWith("[INFO] ") && !line.startsWith("[INFO] ---"))
                    .map(line -> line.substring("[INFO] ".length()))
                    .forEach(lines::add);
        }
        return lines;
    }
}
