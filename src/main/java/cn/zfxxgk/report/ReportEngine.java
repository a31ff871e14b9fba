package cn.zfxxgk.report;

import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.render.html.HtmlRenderer;
import cn.zfxxgk.report.template.TemplateFailure;
import cn.zfxxgk.report.template.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the documents of report files: load and check the YAML, render every requested format in memory, and only
 * when all of them succeeded write each one atomically, so a failed run never leaves a half-written file or destroys
 * the previous good one.
 */
public final class ReportEngine {

    /**
     * What to generate.
     *
     * @param outputDirectory where {@code name.html} etc. are written
     * @param formats the formats to write
     * @param strict whether failed 勾稽 rules are errors
     * @param templateDirectory the editor's templates (used when the directory exists), or {@code null}
     */
    public record Options(Path outputDirectory, Set<OutputFormat> formats, boolean strict, Path templateDirectory) {

        public Options {
            formats = Set.copyOf(formats);
        }
    }

    /** The outcome for one input file: its problems (errors mean nothing was written) and the files written. */
    public record Result(String file, List<Problem> problems, List<Path> written) {

        /** Whether the file failed (an error was found and nothing was written). */
        public boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private final Options options;
    private final ReportLoader loader;
    private final HtmlRenderer html;

    /** An engine for one run; templates are found and configured once. */
    public ReportEngine(Options options) throws IOException {
        this.options = options;
        this.loader = new ReportLoader(options.strict());
        this.html = new HtmlRenderer(new Templates(options.templateDirectory()));
    }

    /**
     * Generates the documents of {@code input}; {@code displayName} is how messages name the file (relative to where
     * the user ran the command).
     */
    public Result generate(Path input, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            return failure(displayName, "file not found; expected a report YAML file such as data/balikun-2023.yaml");
        } catch (IOException e) {
            return failure(displayName, "cannot be read: " + e.getMessage() + "; expected a readable file");
        }
        ReportLoader.Loaded loaded = loader.load(bytes, displayName);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (loaded.failed()) {
            return new Result(displayName, problems, List.of());
        }
        Report report = loaded.report().orElseThrow();
        Map<OutputFormat, byte[]> documents = new EnumMap<>(OutputFormat.class);
        try {
            for (OutputFormat format : options.formats()) {
                documents.put(format, render(format, report));
            }
        } catch (TemplateFailure e) {
            problems.add(e.problem());
            return new Result(displayName, problems, List.of());
        }
        List<Path> written = new ArrayList<>();
        String baseName = baseName(input);
        for (Map.Entry<OutputFormat, byte[]> document : documents.entrySet()) {
            Path target = options.outputDirectory().resolve(baseName + "." + document.getKey().extension());
            try {
                AtomicFiles.write(target, document.getValue());
                written.add(target);
            } catch (IOException e) {
                problems.add(Problem.error(target.toString(), Position.NONE, "cannot be written: " + describe(e)
                        + "; expected a writable output directory (choose another with --output)"));
            }
        }
        return new Result(displayName, problems, written);
    }

    private byte[] render(OutputFormat format, Report report) throws TemplateFailure {
        return switch (format) {
            case HTML -> html.render(report);
        };
    }

    private static Result failure(String file, String message) {
        return new Result(file, List.of(Problem.error(file, Position.NONE, message)), List.of());
    }

    /** {@code data/balikun-2023.yaml} → {@code balikun-2023}. */
    static String baseName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }
}
