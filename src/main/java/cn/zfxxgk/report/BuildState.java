package cn.zfxxgk.report;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.problem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a documentation build remembers of each report's last good render, one small text file per report in a state
 * directory of its own (kept under {@code target/}, never among the published documents): the fingerprint of
 * everything the render depended on, the documents it wrote, and its warnings — so that an up-to-date report is not
 * rendered again but its warnings are still shown, and the documents of a report whose YAML was deleted are removed.
 */
final class BuildState {

    /** The remembered render of one report. */
    record Entry(String fingerprint, List<Path> documents, List<Problem> problems) {}

    private static final String SUFFIX = ".state";

    private final Path directory;

    /** The state kept in {@code directory}. */
    BuildState(Path directory) {
        this.directory = directory;
    }

    /** The state file of the report at {@code relative} (its path below the input directory). */
    private Path file(Path relative) {
        return directory.resolve(relative + SUFFIX);
    }

    /** What was remembered of the report at {@code relative}, if anything (a damaged state file counts as nothing). */
    Optional<Entry> read(Path relative) {
        Path file = file(relative);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String fingerprint = null;
            List<Path> documents = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                switch (fields[0]) {
                    case "fingerprint" -> fingerprint = fields[1];
                    case "document" -> documents.add(Path.of(unescape(fields[1])));
                    case "problem" ->
                        problems.add(new Problem(
                                Severity.valueOf(fields[1]),
                                unescape(fields[2]),
                                new Position(Integer.parseInt(fields[3]), Integer.parseInt(fields[4])),
                                Message.of(unescape(fields[5]), unescape(fields[6]), unescape(fields[7]))));
                    default -> throw new IllegalArgumentException(fields[0]);
                }
            }
            return fingerprint == null ? Optional.empty() : Optional.of(new Entry(fingerprint, documents, problems));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // rendered again, and remembered afresh
        }
    }

    /** Remembers a good render of the report at {@code relative}. */
    void write(Path relative, Entry entry) throws IOException {
        StringBuilder text =
                new StringBuilder("fingerprint\t").append(entry.fingerprint()).append('\n');
        for (Path document : entry.documents()) {
            text.append("document\t").append(escape(document.toString())).append('\n');
        }
        for (Problem p : entry.problems()) {
            text.append(String.join(
                            "\t",
                            "problem",
                            p.severity().name(),
                            escape(p.file()),
                            String.valueOf(p.at().line()),
                            String.valueOf(p.at().column()),
                            escape(p.code()),
                            escape(p.text().en()),
                            escape(p.text().zh())))
                    .append('\n');
        }
        Path file = file(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Forgets the report at {@code relative} (its render failed: it must be rendered again next time). */
    void forget(Path relative) throws IOException {
        Files.deleteIfExists(file(relative));
    }

    /** The reports remembered, by their path below the input directory. */
    List<Path> remembered() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .map(directory::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> Path.of(name.substring(0, name.length() - SUFFIX.length())))
                    .sorted()
                    .toList();
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
