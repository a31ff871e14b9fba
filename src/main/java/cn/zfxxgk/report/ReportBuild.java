package cn.zfxxgk.report;

import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Renders every report file under a directory, as documentation builds do: outputs mirror the input's sub-directories,
 * and a report whose YAML, templates, fonts and options have not changed since its last good render is not rendered
 * again — its warnings are shown all the same, from what {@link BuildState} remembered. The documents of a report
 * whose YAML was deleted since are removed.
 */
public final class ReportBuild {

    /** How much of each file goes into a fingerprint: more than any report or template the engine reads. */
    private static final int FINGERPRINTED_BYTES = 64 * 1024 * 1024;

    /**
     * What happened to each report of the directory: those rendered, those up to date (with the warnings of their last
     * render), and the documents removed because their report is gone.
     */
    public record Outcome(List<ReportEngine.Result> rendered, List<ReportEngine.Result> upToDate, List<Path> removed) {

        /** Whether any report failed. */
        public boolean failed() {
            return rendered.stream().anyMatch(ReportEngine.Result::failed);
        }

        /** Every problem of every rendered report. */
        public List<Problem> problems() {
            return rendered.stream().flatMap(r -> r.problems().stream()).toList();
        }
    }

    private ReportBuild() {}

    /**
     * Renders the {@code .yaml} files under {@code input} (not those inside the template directory) into
     * {@code options.outputDirectory()}, remembering each good render in {@code stateDirectory}.
     */
    public static Outcome run(Path input, ReportEngine.Options options, Path stateDirectory, Consumer<Message> notices)
            throws IOException {
        List<ReportEngine.Result> rendered = new ArrayList<>();
        List<ReportEngine.Result> upToDate = new ArrayList<>();
        List<Path> removed = new ArrayList<>();
        BuildState state = new BuildState(stateDirectory);
        if (!Files.isDirectory(input)) {
            return new Outcome(rendered, upToDate, removed);
        }
        String templates = fingerprintOfTemplates(options.templateDirectory());
        // one engine per output directory, so templates and fonts are read once, not once per report
        Map<Path, ReportEngine> engines = new HashMap<>();
        try {
            List<Path> files = reports(input, options.templateDirectory());
            removeDocumentsOfDeletedReports(input, files, options, state, removed);
            Map<Path, Problem> collisions =
                    OutputCollisions.find(files, file -> outputDirectory(input, file, options), options.formats());
            for (Path file : files) {
                Problem collision = collisions.get(file);
                if (collision != null) {
                    rendered.add(new ReportEngine.Result(collision.file(), List.of(collision), List.of()));
                    continue;
                }
                render(input, file, options, templates, engines, notices, state, rendered, upToDate);
            }
        } finally {
            for (ReportEngine engine : engines.values()) {
                engine.close();
            }
        }
        return new Outcome(rendered, upToDate, removed);
    }

    /** Removes the documents a remembered report wrote when its YAML is no longer there. */
    private static void removeDocumentsOfDeletedReports(
            Path input, List<Path> files, ReportEngine.Options options, BuildState state, List<Path> removed)
            throws IOException {
        List<Path> present = files.stream().map(input::relativize).toList();
        for (Path relative : state.remembered()) {
            if (present.contains(relative)) {
                continue;
            }
            for (Path document :
                    state.read(relative).map(BuildState.Entry::documents).orElse(List.of())) {
                Path written = options.outputDirectory().resolve(document).normalize();
                if (written.startsWith(options.outputDirectory().normalize()) && Files.deleteIfExists(written)) {
                    removed.add(written);
                }
            }
            state.forget(relative);
        }
    }

    private static void render(
            Path input,
            Path file,
            ReportEngine.Options options,
            String templates,
            Map<Path, ReportEngine> engines,
            Consumer<Message> notices,
            BuildState state,
            List<ReportEngine.Result> rendered,
            List<ReportEngine.Result> upToDate)
            throws IOException {
        Path relative = input.relativize(file);
        Path outputDirectory = outputDirectory(input, file, options);
        ReportEngine.Options these = options.withOutputDirectory(outputDirectory);
        String name = FileNames.display(file);
        String fingerprint = fingerprint(file, these, templates);
        Optional<BuildState.Entry> last = state.read(relative)
                .filter(entry -> entry.fingerprint().equals(fingerprint)
                        && entry.documents().stream()
                                .allMatch(d -> Files.isRegularFile(
                                        options.outputDirectory().resolve(d))));
        if (last.isPresent()) {
            upToDate.add(new ReportEngine.Result(name, last.get().problems(), List.of()));
            return;
        }
        ReportEngine engine = engines.get(outputDirectory);
        if (engine == null) {
            engine = new ReportEngine(these, notices);
            engines.put(outputDirectory, engine);
        }
        ReportEngine.Result result = engine.generate(file, name);
        rendered.add(result);
        if (!result.failed()) {
            state.write(
                    relative,
                    new BuildState.Entry(
                            fingerprint,
                            result.written().stream()
                                    .map(written -> options.outputDirectory().relativize(written))
                                    .toList(),
                            result.problems()));
        } else {
            state.forget(relative);
        }
    }

    /** Where the documents of {@code file} go: the output directory mirrors the tree of report files. */
    private static Path outputDirectory(Path input, Path file, ReportEngine.Options options) {
        Path parent = input.relativize(file).getParent();
        return parent == null
                ? options.outputDirectory()
                : options.outputDirectory().resolve(parent);
    }

    /** The report files under {@code input} ({@link FileNames#isReportName}), outside {@code templates}, in name order. */
    public static List<Path> reports(Path input, Path templates) throws IOException {
        Path excluded = templates == null ? null : templates.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile)
                    .filter(FileNames::isReportName)
                    .filter(p ->
                            excluded == null || !p.toAbsolutePath().normalize().startsWith(excluded))
                    .sorted()
                    .toList();
        }
    }

    private static String fingerprint(Path file, ReportEngine.Options options, String templates) throws IOException {
        MessageDigest digest = sha256();
        digest.update(String.valueOf(ReportBuild.class.getPackage().getImplementationVersion())
                .getBytes(StandardCharsets.UTF_8));
        digest.update((options.formats().stream().sorted().toList() + "|" + options.strict() + "|" + options.fonts()
                        + "|" + options.systemFonts() + "|" + templates)
                .getBytes(StandardCharsets.UTF_8));
        update(digest, file);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Adds {@code file}'s size and its first bytes to {@code digest}: enough of any file the engine would accept (a
     * report, a template) to notice every change, and never the whole of a file of gigabytes.
     */
    private static void update(MessageDigest digest, Path file) throws IOException {
        digest.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readNBytes(FINGERPRINTED_BYTES));
        }
    }

    private static String fingerprintOfTemplates(Path directory) throws IOException {
        MessageDigest digest = sha256();
        if (directory != null && Files.isDirectory(directory)) {
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(directory.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    update(digest, file);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
