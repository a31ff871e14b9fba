package cn.zfxxgk.report;

import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.files.AtomicFiles;
import cn.zfxxgk.report.fonts.FontCatalog;
import cn.zfxxgk.report.fonts.FontCoverage;
import cn.zfxxgk.report.fonts.FontRole;
import cn.zfxxgk.report.fonts.FontRoles;
import cn.zfxxgk.report.fonts.FontSet;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Signature;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.render.docx.DocxRenderer;
import cn.zfxxgk.report.render.html.HtmlRenderer;
import cn.zfxxgk.report.render.ofd.OfdConverter;
import cn.zfxxgk.report.render.pdf.PdfRenderer;
import cn.zfxxgk.report.template.ReportView;
import cn.zfxxgk.report.template.TemplateFailure;
import cn.zfxxgk.report.template.TemplateLimits;
import cn.zfxxgk.report.template.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Generates the documents of report files: load and check the YAML, make the report's XHTML once from the template,
 * render every requested format from it in memory, and only when all of them succeeded write each one atomically, so
 * a failed run never leaves a half-written file or destroys the previous good one. Templates and fonts are read once
 * per engine, however many reports it generates.
 */
public final class ReportEngine implements AutoCloseable {

    /** The template every format is made from. */
    public static final String TEMPLATE = "report.ftlh";

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
    public record Options(Path outputDirectory, Set<OutputFormat> formats, boolean strict, Path templateDirectory,
            List<Path> fonts, boolean systemFonts, TemplateLimits templateLimits) {

        public Options {
            formats = Set.copyOf(formats);
            fonts = List.copyOf(fonts);
        }

        /** The same options writing to {@code directory}. */
        public Options withOutputDirectory(Path directory) {
            return new Options(directory, formats, strict, templateDirectory, fonts, systemFonts, templateLimits);
        }

        /** Options with the default template limits. */
        public Options(Path outputDirectory, Set<OutputFormat> formats, boolean strict, Path templateDirectory,
                List<Path> fonts, boolean systemFonts) {
            this(outputDirectory, formats, strict, templateDirectory, fonts, systemFonts, TemplateLimits.DEFAULT);
        }

        /** Options with no extra fonts and the system's fonts as {@link #systemFontsByDefault()} says. */
        public Options(Path outputDirectory, Set<OutputFormat> formats, boolean strict, Path templateDirectory) {
            this(outputDirectory, formats, strict, templateDirectory, List.of(), systemFontsByDefault());
        }
    }

    /** The outcome for one input file: its problems (errors mean nothing was written) and the files written. */
    public record Result(String file, List<Problem> problems, List<Path> written) {

        /** Whether the file failed (an error was found and nothing was written). */
        public boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    static {
        LibraryLogging.quiet();
    }

    private final Options options;
    private final Consumer<Message> notices;
    private final ReportLoader loader;
    private final Templates templates;
    private final HtmlRenderer html = new HtmlRenderer();
    private FontRoles fontRoles;
    private List<Problem> fontRoleProblems;
    private FontCatalog catalog;
    private FontSet fontSet;
    private PdfRenderer pdf;
    private Background<PdfRenderer> pdfPreparation;
    private boolean closed; // guarded by this: the background preparation may still be running
    private DocxRenderer docx;
    private OfdConverter ofd;

    /** An engine for one run; {@code notices} receives one-line notices (a font that cannot be used, …). */
    public ReportEngine(Options options, Consumer<Message> notices) throws IOException {
        this.options = options;
        this.notices = notices;
        this.loader = new ReportLoader(options.strict());
        this.templates = new Templates(options.templateDirectory(), options.templateLimits());
        if (typeset()) {
            preparePdf();
        }
    }

    /** Whether the PDF is typeset: for itself, or for the OFD made from it. */
    private boolean typeset() {
        return options.formats().contains(OutputFormat.PDF) || options.formats().contains(OutputFormat.OFD);
    }

    /**
     * Finds the fonts and parses the faces the roles use on a background thread while the first report is read and its
     * markup made. What goes wrong is left for the first report to find and report.
     */
    private void preparePdf() {
        try {
            fontRoles();
            if (fontRoleProblems.isEmpty()) {
                pdfPreparation = Background.start("gen-fonts", this::makePdfRenderer);
            }
        } catch (TemplateFailure e) {
            // reported by generate, for every report
        }
    }

    /** An engine whose notices are dropped. */
    public ReportEngine(Options options) throws IOException {
        this(options, notice -> { });
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
     * the user ran the command).
     */
    public Result generate(Path input, String displayName) {
        ReportLoader.Loaded loaded = load(input, displayName);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (loaded.failed()) {
            return new Result(displayName, problems, List.of());
        }
        Report report = loaded.report().orElseThrow();
        Map<OutputFormat, byte[]> documents = new EnumMap<>(OutputFormat.class);
        try {
            FontRoles roles = fontRoles();
            if (!fontRoleProblems.isEmpty()) {
                problems.addAll(fontRoleProblems);
                return new Result(displayName, problems, List.of());
            }
            Map<String, Object> view = ReportView.of(report, css(roles));
            Templates.Page page = templates.renderPage(TEMPLATE, view);
            problems.addAll(page.notices());
            String xhtml = page.xhtml();
            Instant created;
            try {
                created = created(report);
            } catch (InvalidSourceDateEpoch e) { // front ends check it first; this is the last line
                problems.add(Problem.error(displayName, Position.NONE, e.text()));
                return new Result(displayName, problems, List.of());
            }
            // the DOCX is made on another core while the PDF, which takes longest, is typeset here
            Background<byte[]> docxAlongside = options.formats().contains(OutputFormat.DOCX)
                    && typeset()
                    ? Background.start("gen-docx", () -> docx().render(report, view, created)) : null;
            try {
                if (typeset()) {
                    PdfRenderer renderer = pdf();
                    List<Problem> missing = FontCoverage.check(report, fontSet, displayName);
                    if (!missing.isEmpty()) {
                        problems.addAll(missing);
                        return new Result(displayName, problems, List.of());
                    }
                    byte[] pdfBytes = renderer.render(xhtml, created);
                    if (options.formats().contains(OutputFormat.PDF)) {
                        documents.put(OutputFormat.PDF, pdfBytes);
                    }
                    if (options.formats().contains(OutputFormat.OFD)) {
                        documents.put(OutputFormat.OFD, ofd().convert(pdfBytes));
                    }
                }
                if (options.formats().contains(OutputFormat.HTML)) {
                    documents.put(OutputFormat.HTML, html.render(xhtml));
                }
                if (options.formats().contains(OutputFormat.DOCX)) {
                    documents.put(OutputFormat.DOCX, docxAlongside != null ? joined(docxAlongside)
                            : docx().render(report, view, created));
                }
            } finally {
                if (docxAlongside != null) {
                    docxAlongside.await(); // never two reports in the DOCX renderer at once
                }
            }
        } catch (TemplateFailure e) {
            problems.add(e.problem());
            return new Result(displayName, problems, List.of());
        } catch (IOException e) {
            problems.add(Problem.error(displayName, Position.NONE, EngineMessages.notMade(e.getMessage())));
            return new Result(displayName, problems, List.of());
        }
        return write(input, displayName, problems, documents);
    }

    private Result write(Path input, String displayName, List<Problem> problems, Map<OutputFormat, byte[]> documents) {
        String baseName = baseName(input);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        documents.forEach((format, bytes) -> files.put(options.outputDirectory().resolve(baseName + "."
                + format.extension()), bytes));
        Optional<Path> template = files.keySet().stream().filter(this::isTemplate).findFirst();
        if (template.isPresent()) {
            problems.add(Problem.error(displayName, Position.NONE, EngineMessages.overwritesTemplate(
                    FileNames.display(template.get()))));
            return new Result(displayName, problems, List.of());
        }
        try {
            AtomicFiles.writeAll(files);
        } catch (IOException e) {
            problems.add(Problem.error(FileNames.display(options.outputDirectory()), Position.NONE,
                    EngineMessages.notWritten(FileNames.describe(e))));
            return new Result(displayName, problems, List.of());
        }
        return new Result(displayName, problems, List.copyOf(files.keySet()));
    }

    /** Whether {@code target} is one of the editor's template files (an output named report.docx among them). */
    private boolean isTemplate(Path target) {
        Path directory = options.templateDirectory();
        try {
            return directory != null && Templates.BUILT_IN.contains(target.getFileName().toString())
                    && Files.isRegularFile(target) && Files.isDirectory(directory)
                    && target.toRealPath().getParent().equals(directory.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private FontRoles fontRoles() throws TemplateFailure {
        if (fontRoles == null) {
            List<Problem> found = new ArrayList<>();
            fontRoles = FontRoles.parse(templates.text(FontRoles.FILE), templates.source(FontRoles.FILE), found);
            fontRoleProblems = List.copyOf(found);
        }
        return fontRoles;
    }

    /** What {@code work} made in the background, with what went wrong thrown as if it had been done here. */
    private static <T> T joined(Background<T> work) throws TemplateFailure, IOException {
        try {
            return work.join();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TemplateFailure failure) {
                throw failure;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private DocxRenderer docx() {
        if (docx == null) {
            docx = new DocxRenderer(templates);
        }
        return docx;
    }

    private OfdConverter ofd() {
        if (ofd == null) {
            ofd = new OfdConverter(fontSet);
        }
        return ofd;
    }

    private PdfRenderer pdf() throws TemplateFailure, IOException {
        if (pdf == null) {
            if (pdfPreparation == null) {
                pdf = makePdfRenderer();
            } else {
                try {
                    pdf = joined(pdfPreparation);
                } finally {
                    pdfPreparation = null;
                }
            }
        }
        return pdf;
    }

    private PdfRenderer makePdfRenderer() throws IOException {
        FontCatalog made = new FontCatalog(options.fonts(), options.systemFonts(), notices);
        synchronized (this) {
            if (closed) { // closed while this was being prepared in the background
                made.close();
                throw new IOException("the engine was closed");
            }
            catalog = made;
        }
        fontSet = new FontSet(fontRoles, made, notices);
        return new PdfRenderer(fontSet);
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

    private static Map<String, String> css(FontRoles roles) {
        Map<String, String> css = new LinkedHashMap<>();
        for (FontRole role : FontRole.values()) {
            css.put(role.key(), roles.css(role));
        }
        return css;
    }

    /** {@code data/balikun-2023.yaml} → {@code balikun-2023}. */
    static String baseName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (catalog != null) {
            catalog.close();
        }
    }
}
