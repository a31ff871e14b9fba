package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.zfxxgk.report.cli.GenerateCommand;
import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * What the README and the user guide tell people, held against the engine: the Maven plugin's parameters as its
 * descriptor (what {@code mvn help:describe} prints) has them, the YAML examples as the loader reads them, and every
 * {@code java -jar gen.jar …} command as the command line parses it.
 */
class DocumentationTest {

    static final Path README = Path.of("README.md");
    static final Path USER_GUIDE = Path.of("docs/用户指南.md");
    /** Written by maven-plugin-plugin (process-classes) from GenerateMojo's annotations; help:describe reads it. */
    private static final Path PLUGIN_DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    /** What a fragment of a report may leave out: it shows one part, and the rest of the file is not there. */
    private static final Set<String> LEFT_OUT = Set.of("key-missing", "row-missing", "table-absent");

    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern GEN = Pattern.compile("java -jar (?:\\S*/)?gen\\.jar(.*)");

    @Test
    void theMavenSectionNamesEveryParameterWithItsPropertyAndDefault() throws Exception {
        String section = section(Files.readString(README), "## The Maven plugin");
        Document plugin =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(PLUGIN_DESCRIPTOR.toFile());
        Element root = plugin.getDocumentElement();
        for (String coordinate : List.of(
                text(root, "groupId") + ":" + text(root, "artifactId") + ":" + text(root, "version"),
                "goal prefix `" + text(root, "goalPrefix") + "`")) {
            assertTrue(section.contains(coordinate), "the section names " + coordinate);
        }
        List<String> documented = new ArrayList<>();
        NodeList mojos = root.getElementsByTagName("mojo");
        for (int m = 0; m < mojos.getLength(); m++) {
            documentedParameters((Element) mojos.item(m), section, documented);
        }
        assertEquals(documented.size(), count(section, "\n| `"), "one row per parameter, and no other: " + documented);
        for (String document : fenced(section, "xml").stream()
                .flatMap(xml -> Pattern.compile("<document>(\\w+)</document>")
                        .matcher(xml)
                        .results())
                .map(m -> m.group(1))
                .toList()) {
            OutputFormat.valueOf(document.toUpperCase(java.util.Locale.ROOT)); // throws for a document not made
        }
    }

    /**
     * Checks that the section names {@code mojo}'s goal and phase and has a row for each of its parameters with its
     * property and default; adds the parameters to {@code documented}, each once (the goals share some).
     */
    private static void documentedParameters(Element mojo, String section, List<String> documented) {
        assertTrue(
                section.contains("`" + text(mojo, "goal") + "`") && section.contains("`" + text(mojo, "phase") + "`"),
                "goal and phase of " + text(mojo, "goal"));
        NodeList parameters =
                ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
        Element configuration =
                (Element) mojo.getElementsByTagName("configuration").item(0);
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if (!"true".equals(text(parameter, "editable"))) {
                continue;
            }
            String name = text(parameter, "name");
            Element configured =
                    (Element) configuration.getElementsByTagName(name).item(0);
            String property = configured.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1");
            String defaultValue = configured.getAttribute("default-value");
            String row = "| `" + name + "` | `" + property + "` | ";
            int at = section.indexOf(row);
            assertTrue(at >= 0, "the parameter table has the row " + row + "…");
            String cells = section.substring(at + row.length(), section.indexOf('\n', at));
            if (!defaultValue.isEmpty()) {
                assertTrue(
                        cells.startsWith("`" + defaultValue + "` |"),
                        name + "'s default is " + defaultValue + ", the README says " + cells);
            }
            if (!documented.contains(name)) {
                documented.add(name);
            }
        }
    }

    @Test
    void theYamlOfTheReadmeAndTheGuideLoadsAsTheEngineReadsIt() throws IOException {
        for (Path document : List.of(README, USER_GUIDE)) {
            List<String> blocks = fenced(Files.readString(document), "yaml");
            assertFalse(blocks.isEmpty(), document + " has YAML examples");
            for (String block : blocks) {
                assertLoads(block, document.toString());
            }
        }
    }

    @Test
    void everyGenCommandOfTheReadmeAndTheGuideIsOneTheCommandLineTakes() throws IOException {
        int commands = 0;
        for (Path document : List.of(README, USER_GUIDE)) {
            String markdown = Files.readString(document);
            List<String> blocks = new ArrayList<>(fenced(markdown, "bash"));
            blocks.addAll(fenced(markdown, "console")); // the guide's sessions: "$ command", then what it prints
            for (String block : blocks) {
                for (String line : block.split("\n")) {
                    Matcher gen = GEN.matcher(line.replaceFirst("^\\$ ", ""));
                    if (!gen.find()) {
                        continue;
                    }
                    List<String> args = words(gen.group(1));
                    try {
                        GenerateCommand.commandLine().parseArgs(args.toArray(String[]::new));
                    } catch (CommandLine.ParameterException e) {
                        fail(document + ": `" + line.strip() + "` is not a command gen.jar takes: " + e.getMessage());
                    }
                    commands++;
                }
            }
        }
        assertTrue(commands > 10, "found the commands: " + commands);
    }

    /**
     * Loads a YAML block as a report. A block that starts as {@code gen init} starts every report is a whole report and
     * must have no error; any other block shows part of one (read in the 2021 format when it does not say) and may
     * leave out only what it does not show.
     */
    private static void assertLoads(String block, String where) {
        boolean whole = block.startsWith("# yaml-language-server: $schema=report.schema.json\n");
        String yaml = block.lines().anyMatch(line -> line.startsWith("format:")) ? block : "format: 2021\n" + block;
        ReportLoader.Loaded loaded = new ReportLoader(false).load(yaml.getBytes(StandardCharsets.UTF_8), "snippet");
        List<String> errors = loaded.problems().stream()
                .filter(Problem::isError)
                .filter(problem -> whole || !LEFT_OUT.contains(problem.code()))
                .map(Problem::toString)
                .toList();
        assertEquals(List.of(), errors, where + ": a YAML example the engine does not take:\n" + block);
    }

    /** The text of the section headed {@code heading}, up to the next heading of its level. */
    static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "the README has a section " + heading);
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int end = markdown.indexOf("\n" + level, start + heading.length() + 1);
        return markdown.substring(start + 1, end < 0 ? markdown.length() : end + 1);
    }

    /** The contents of the fenced blocks of {@code language}. */
    static List<String> fenced(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(markdown);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                blocks.add(m.group(2));
            }
        }
        return blocks;
    }

    /** A shell command's words, as far as the documents use the shell: quotes, a comment, a redirection, a pipe. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        Matcher m =
                Pattern.compile("'([^']*)'|\"([^\"]*)\"|(#.*|[<>|&;].*)|(\\S+)").matcher(command);
        while (m.find()) {
            if (m.group(3) != null) {
                break;
            }
            words.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(4));
        }
        return words;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
