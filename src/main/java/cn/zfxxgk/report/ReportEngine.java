package cn.zfxxgk.report;

import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.files.AtomicFiles;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Signature;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.render.Rendered;
import cn.zfxxgk.report.render.Renderer;
import cn.zfxxgk.report.render.Subject;
import cn.zfxxgk.report.rules.PreviousReport;
import cn.zfxxgk.report.template.TemplateLimits;
import cn.zfxxgk.report.template.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Generates the documents of report files: load and check the YAML, hand the report to the renderer of every
 * requested format ({@link Renderers}), and only when all of them succeeded write the documents atomically, so a failed
 * run never leaves a half-written file or destroys the previous good one. What a format needs — templates, fonts,
 * checks — is its renderer's; templates and fonts are read once per engine, however many reports it generates.
 */
public final class ReportEngine implements AutoCloseable {

    /** Environment setting that hides the system's fonts ({@code GEN_SYSTEM_FONTS=false}), as {@code --no-system-fonts}. */
    public static final String SYSTEM_FONTS_ENV = "GEN_SYSTEM_FONTS";

    /**
     * What to generate.
     *
     * @param outputDirectory where {@code name.html} etc. are written
     * @param formats the formats to write
     * @param strict whether failed 勾稽 rules are errors
     * @param templateDirectory the editor's templates (used when the directory exists), or {@code null}
     * @param fonts font files and directories searched before the system's fonts
     * @param systemFonts whether the system's font directories are searched
     * @param templateLimits how long a template may run and how much it may write for one report
     */
    public record Options(
            Path outputDirectory,
            Set<OutputFormat> formats,
            boolean strict,
            Path templateDirectory,
            List<Path> fonts,
            boolean systemFonts,
            TemplateLimits templateLimits) {

        public Options {
            formats = Set.copyOf(formats);
            fonts = List.copyOf(fonts);
        }

        /** The same options writing to {@code directory}. */
        public Options withOutputDirectory(Path directory) {
            return new Options(directory, formats, strict, templateDirectory, fonts, systemFonts, templateLimits);
        }

        /** The same options making {@code documents}. */
        public Options withFormats(Set<OutputFormat> documents) {
            return new Options(
                    outputDirectory, documents, strict, templateDirectory, fonts, systemFonts, templateLimits);
        }

        /** Options with the default template limits. */
        public Options(
                Path outputDirectory,
                Set<OutputFormat> formats,
                boolean strict,
                Path templateDirectory,
                List<Path> fonts,
                boolean systemFonts) {
            this(outputDirectory, formats, strict, templateDirectory, fonts, systemFonts, TemplateLimits.DEFAULT);
        }

        /** Options with no extra fonts and the system's fonts as {@link #systemFontsByDefault()} says. */
        public Options(Path outputDirectory, Set<OutputFormat> formats, boolean strict, Path templateDirectory) {
            this(outputDirectory, formats, strict, templateDirectory, List.of(), systemFontsByDefault());
        }
    }

    /**
     * The outcome for one input file: its problems (errors mean nothing was written), the files written, and the fault
     * of the engine that stopped it, if one did.
     */
    public record Result(String file, List<Problem> problems, List<Path> written, RuntimeException fault) {

        /** An outcome without a fault. */
        public Result(String file, List<Problem> problems, List<Path> written) {
            this(file, problems, written, null);
        }

        /** The outcome of a file whose rendering hit {@code fault}, a defect of the engine rather than of the file. */
        public static Result ofFault(String file, RuntimeException fault) {
            return new Result(
                    file,
                    List.of(Problem.error(file, Position.NONE, EngineMessages.fault(fault.toString()))),
                    List.of(),
                    fault);
        }

        /** Whether the file failed (an error was found, or the engine failed, and nothing was written). */
        public boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }

        /** Whether the engine failed on this file (exit code 3) rather than the file being wrong. */
        public boolean faulted() {
            return fault != null;
        }
    }

    private final Options options;
    private final ReportLoader loader;
    private final Templates templates;
    /** Where the renderers of one report run side by side, and where fonts are prepared while the first is read. */
    private final ExecutorService executor;

    private final Renderers renderers;

    /** An engine for one run; {@code notices} receives one-line notices (a font that cannot be used, …). */
    public ReportEngine(Options options, Consumer<Message> notices) throws IOException {
        this.options = options;
        this.loader = new ReportLoader(options.strict());
        this.templates = new Templates(options.templateDirectory(), options.templateLimits());
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "gen-render");
            thread.setDaemon(true); // a run never waits for work nobody asked the result of
            return thread;
        });
        this.renderers =
                new Renderers(options.formats(), templates, options.fonts(), options.systemFonts(), notices, executor);
        renderers.requested().values().forEach(Renderer::startPreparing);
    }

    /** An engine whose notices are dropped. */
    public ReportEngine(Options options) throws IOException {
        this(options, notice -> {});
    }

    /** Whether system fonts are used when nothing says otherwise: yes, unless {@value #SYSTEM_FONTS_ENV}=false. */
    public static boolean systemFontsByDefault() {
        return !"false".equalsIgnoreCase(System.getenv(SYSTEM_FONTS_ENV));
    }

    /** Checks {@code input} without rendering anything: its YAML, the official form and the 勾稽 rules. */
    public Result check(Path input, String displayName) {
        return new Result(displayName, load(input, displayName).problems(), List.of());
    }

    private ReportLoader.Loaded load(Path input, String displayName) {
        return loader.load(input, displayName);
    }

    /**
     * Generates the documents of {@code input}; {@code displayName} is how messages name the file (relative to where
     * the user ran the command): load and check the report, hand it to the renderer of each requested format (side by
     * side), and write the documents only when every one was made.
     */
    public Result generate(Path input, String displayName) {
        ReportLoader.Loaded loaded = load(input, displayName);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (loaded.failed()) {
            return new Result(displayName, problems, List.of());
        }
        Report report = loaded.report().orElseThrow();
        Instant created;
        try {
            created = created(report);
        } catch (InvalidSourceDateEpoch e) { // front ends check it first; this is the last line
            problems.add(Problem.error(displayName, Position.NONE, e.text()));
            return new Result(displayName, problems, List.of());
        }
        Subject subject = new Subject(report, displayName, created, () -> lastYear(input, report));
        Map<OutputFormat, Rendered> made = renderAll(subject);
        Set<Problem> stopping = new LinkedHashSet<>(); // a problem of the shared page or PDF is found by several
        Map<OutputFormat, byte[]> documents = new EnumMap<>(OutputFormat.class);
        Set<Problem> warnings = new LinkedHashSet<>(); // and so is a notice about the page
        made.forEach((format, rendered) -> {
            if (rendered.failed()) {
                stopping.addAll(rendered.problems());
            } else {
                documents.put(format, rendered.bytes());
                warnings.addAll(rendered.warnings());
            }
        });
        if (!stopping.isEmpty()) { // a warning of a format made is then noise beside what stopped another
            problems.addAll(stopping);
            return new Result(displayName, problems, List.of());
        }
        problems.addAll(warnings);
        return write(input, displayName, problems, documents);
    }

    /** Last year's report as {@code previous:} names it, relative to {@code input}'s directory; else empty. */
    private static Optional<PreviousReport> lastYear(Path input, Report report) {
        String named = report.facts().previous();
        if (named == null) {
            return Optional.empty();
        }
        Path parent = input.getParent();
        Path file = parent == null ? Path.of(named) : parent.resolve(named);
        return Optional.of(PreviousReport.load(file, FileNames.display(file)));
    }

    /**
     * Every requested format of {@code subject}, each rendered on the executor; returns when all have ended (a renderer
     * is never still at work on one report when the next begins), throwing the first fault of any.
     */
    private Map<OutputFormat, Rendered> renderAll(Subject subject) {
        Map<OutputFormat, Future<Rendered>> running = new EnumMap<>(OutputFormat.class);
        renderers
                .requested()
                .forEach((format, renderer) -> running.put(format, executor.submit(() -> renderer.render(subject))));
        Map<OutputFormat, Rendered> made = new EnumMap<>(OutputFormat.class);
        RuntimeException fault = null;
        boolean interrupted = false;
        for (Map.Entry<OutputFormat, Future<Rendered>> entry : running.entrySet()) {
            while (true) {
                try {
                    made.put(entry.getKey(), entry.getValue().get());
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // waited for all the same, then passed on
                } catch (ExecutionException e) {
                    if (fault == null) {
                        fault = e.getCause() instanceof RuntimeException runtime
                                ? runtime
                                : new IllegalStateException(e.getCause());
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (fault != null) {
            throw fault;
        }
        return made;
    }

    private Result write(Path input, String displayName, List<Problem> problems, Map<OutputFormat, byte[]> documents) {
        String baseName = baseName(input);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        documents.forEach((format, bytes) ->
                files.put(options.outputDirectory().resolve(baseName + "." + format.extension()), bytes));
        Optional<Path> template =
                files.keySet().stream().filter(this::isTemplate).findFirst();
        if (template.isPresent()) {
            problems.add(Problem.error(
                    displayName, Position.NONE, EngineMessages.overwritesTemplate(FileNames.display(template.get()))));
            return new Result(displayName, problems, List.of());
        }
        try {
            AtomicFiles.writeAll(files);
        } catch (IOException e) {
            List<String> notPutBack = Arrays.stream(e.getSuppressed())
                    .filter(suppressed -> suppressed instanceof AtomicFiles.NotPutBack)
                    .map(suppressed -> FileNames.display(((AtomicFiles.NotPutBack) suppressed).target()))
                    .toList();
            problems.add(Problem.error(
                    FileNames.display(options.outputDirectory()),
                    Position.NONE,
                    notPutBack.isEmpty()
                            ? EngineMessages.notWritten(FileNames.describe(e))
                            : EngineMessages.notRestored(FileNames.describe(e), String.join(", ", notPutBack))));
            return new Result(displayName, problems, List.of());
        }
        return new Result(displayName, problems, List.copyOf(files.keySet()));
    }

    /** Whether {@code target} is one of the editor's template files (an output named report.docx among them). */
    private boolean isTemplate(Path target) {
        Path directory = options.templateDirectory();
        try {
            return directory != null
                    && Templates.BUILT_IN.contains(target.getFileName().toString())
                    && Files.isRegularFile(target)
                    && Files.isDirectory(directory)
                    && target.toRealPath().getParent().equals(directory.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** {@value #SOURCE_DATE_EPOCH} is set to what cannot be a document's date; the message says so in both languages. */
    public static final class InvalidSourceDateEpoch extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient Message text;

        InvalidSourceDateEpoch(Message text) {
            super(text.en());
            this.text = text;
        }

        /** What is wrong, in both languages. */
        public Message text() {
            return text;
        }
    }

    /** The environment setting of the reproducible-builds convention that fixes the documents' dates. */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";
    /** 9999-12-31T23:59:59Z: the last moment a PDF date (four digits of year) can carry. */
    private static final long LAST_EPOCH_SECOND = 253_402_300_799L;

    /**
     * {@value #SOURCE_DATE_EPOCH} as this run sees it: empty when it is not set.
     *
     * @throws InvalidSourceDateEpoch when it is set to something that is not a date the documents can carry (the
     *     convention says a malformed value must stop the build rather than be ignored)
     */
    public static Optional<Instant> sourceDateEpoch() {
        return sourceDateEpoch(System.getenv(SOURCE_DATE_EPOCH));
    }

    static Optional<Instant> sourceDateEpoch(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String seconds = value.strip();
        if (!seconds.matches("\\d{1,12}") || Long.parseLong(seconds) > LAST_EPOCH_SECOND) {
            throw new InvalidSourceDateEpoch(EngineMessages.sourceDateEpoch(value, LAST_EPOCH_SECOND));
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
    }

    /**
     * The date a document carries, so the same input always gives the same bytes: {@code SOURCE_DATE_EPOCH} when set
     * (the reproducible-builds convention), else the signature's date, else the last day of the report's year (Beijing
     * time, midnight).
     */
    static Instant created(Report report) {
        Optional<Instant> epoch = sourceDateEpoch();
        if (epoch.isPresent()) {
            return epoch.get();
        }
        LocalDate date = report.signatureBlock().map(Signature::date).orElse(null);
        if (date == null) {
            date = LocalDate.of(report.year(), 12, 31);
        }
        return date.atStartOfDay(ZoneOffset.ofHours(8)).toInstant();
    }

    /** {@code data/balikun-2023.yaml} → {@code balikun-2023}. */
    static String baseName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public void close() throws IOException {
        executor.shutdown(); // the fonts' preparation may still be running: it sees the fonts closed and stops
        renderers.close();
    }
}
