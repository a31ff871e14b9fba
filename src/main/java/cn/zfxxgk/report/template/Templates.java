package cn.zfxxgk.report.template;

import cn.zfxxgk.report.files.ConfinedDirectory;
import cn.zfxxgk.report.files.InputFiles;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problem;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.XMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.cache.TemplateNameFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;

import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates of one run: those in the editor's directory (by default {@code templates/} where the command runs) take
 * precedence over the copies built into the jar. FreeMarker is configured for templates that get less trust than code:
 * no {@code ?new} of arbitrary classes, no {@code ?api}, auto-escaping by file extension ({@code .ftlh} escapes HTML),
 * numbers printed as written ({@code 2023}, not {@code 2,023}), and a view made only of maps, lists and strings.
 */
public final class Templates {

    private static final Version VERSION = Configuration.VERSION_2_3_34;

    /** The files of the built-in template set, as {@code templates export} writes them out. */
    public static final List<String> BUILT_IN = List.of("report.ftlh", "fonts.properties", "report.docx");

    /** The largest text template or {@code fonts.properties} read: a template of a few KB has room for a logo. */
    static final long MAX_TEXT = 4L * 1024 * 1024;
    /** The largest Word template read: a few hundred KB is usual, a few MB with images. */
    static final long MAX_BINARY = 32L * 1024 * 1024;

    private final Configuration configuration;
    private final Configuration wordConfiguration;
    private final ConfinedDirectory directory;
    private final TemplateLimits limits;

    /**
     * Templates from {@code directory} when it exists (else only the built-in ones), evaluated within the default
     * {@link TemplateLimits}.
     *
     * @param directory the editor's template directory, or {@code null} for the built-in templates only
     */
    public Templates(Path directory) throws IOException {
        this(directory, TemplateLimits.DEFAULT);
    }

    /** Templates from {@code directory} (or built in), each evaluation within {@code limits}. */
    public Templates(Path directory, TemplateLimits limits) throws IOException {
        this.directory = directory != null && Files.isDirectory(directory) ? new ConfinedDirectory(directory) : null;
        this.limits = limits;
        this.configuration = configure(this.directory);
        this.wordConfiguration = configure(null);
        // Word templates: [#…] tags do not clash with XML's <…>, and ${…} is escaped for XML.
        wordConfiguration.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        wordConfiguration.setOutputFormat(XMLOutputFormat.INSTANCE);
        wordConfiguration.setRecognizeStandardFileExtensions(false);
    }

    private static Configuration configure(ConfinedDirectory directory) throws IOException {
        Configuration c = new Configuration(VERSION);
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class.getClassLoader(), "templates");
        c.setTemplateLoader(directory == null ? builtIn
                : new MultiTemplateLoader(new TemplateLoader[] {new ConfinedTemplateLoader(directory), builtIn}));
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setLocale(Locale.SIMPLIFIED_CHINESE);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setRecognizeStandardFileExtensions(true);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setObjectWrapper(new SimpleObjectWrapper(VERSION));
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocalizedLookup(false);
        // "../" may not climb out of the template directory (the loader also refuses links that lead outside it)
        c.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        return c;
    }

    /**
     * Evaluates the HTML template {@code name} (e.g. {@code report.ftlh}) with {@code view} as its data and checks the
     * page it makes: well-formed XHTML that loads nothing from outside the document.
     */
    public String renderXhtml(String name, Map<String, Object> view) throws TemplateFailure {
        String page = render(name, view);
        XhtmlCheck.check(page, new TemplateSource(displayName(name), text(name)));
        return page;
    }

    /** Evaluates template {@code name} (e.g. {@code report.ftlh}) with {@code view} as its data. */
    public String render(String name, Map<String, Object> view) throws TemplateFailure {
        Template template;
        try {
            template = configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "template not found; expected "
                    + name + " in " + (directory == null ? "the built-in templates" : directory + " or the built-in templates")),
                    e);
        } catch (ParseException e) {
            throw new TemplateFailure(Problem.error(displayName(name), new Position(e.getLineNumber(), e.getColumnNumber()),
                    "template syntax error: " + syntax(e) + "; expected valid FreeMarker syntax"), e);
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "template cannot be read: "
                    + e.getMessage() + "; expected a readable UTF-8 file"), e);
        } catch (SecurityException e) {
            throw outside(name, e);
        }
        try {
            return Evaluation.run(template, view, limits);
        } catch (Evaluation.Stopped e) {
            throw stopped(e, name, true);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            Position at = line == null ? Position.NONE : new Position(line, column == null ? 1 : column);
            String included = inclusion(e.getCause());
            throw new TemplateFailure(Problem.error(displayName(source), at, included != null ? included
                    : "template error: " + reason(e) + "; expected only the names listed in README.md, 'What a "
                            + "template sees'"), e);
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "template output failed: "
                    + e.getMessage() + "; expected the template to finish"), e);
        } catch (SecurityException e) {
            throw outside(name, e);
        }
    }

    /** What went wrong including a template, when {@code cause} is the reason an #include failed; else null. */
    private String inclusion(Throwable cause) {
        String where = directory == null ? "the built-in templates" : directory.path() + " nor the built-in templates";
        String expected = "; expected the name of a template file in " + (directory == null ? "the built-in templates"
                : directory.path());
        if (cause instanceof TemplateNotFoundException missing) {
            return "the template includes \"" + missing.getTemplateName() + "\", which is "
                    + (directory == null ? "not in " : "in neither ") + where + expected;
        }
        if (cause instanceof MalformedTemplateNameException malformed) {
            return "the template includes \"" + malformed.getTemplateName() + "\", a name that leads outside the "
                    + "template directory" + expected;
        }
        return null;
    }

    /** A name or link leading out of the template directory (the loader's refusal), at the #include that asked. */
    private TemplateFailure outside(String name, SecurityException e) {
        Position at = Position.NONE;
        Matcher quoted = Pattern.compile("'([^']*)'").matcher(e.getMessage());
        String included = quoted.find() ? quoted.group(1) : null;
        if (included != null && !included.equals(name)) {
            try {
                at = new TemplateSource(displayName(name), text(name)).find(Pattern.compile("<#include\\s+[\"']"
                        + Pattern.quote(included))).orElse(Position.NONE);
            } catch (TemplateFailure unreadable) {
                // the message without a place, then
            }
        }
        return new TemplateFailure(Problem.error(displayName(name), at, (included == null || included.equals(name)
                ? "the template" : "the template includes \"" + included + "\", which") + " is a link that leads "
                + "outside the template directory; expected templates inside it (copy the file there instead of "
                + "linking to it)"), e);
    }

    /** A template stopped by its limits, at its place when that is known. */
    private TemplateFailure stopped(Evaluation.Stopped e, String name, boolean placed) {
        Evaluation.Place place = placed ? e.place() : null;
        String file = displayName(place == null ? name : place.template());
        Position at = place == null ? Position.NONE : new Position(place.line(), place.column());
        String message = switch (e.reason()) {
            case TIME -> "the template did not finish within " + seconds(limits.time()) + ", the limit for one report "
                    + "(a loop without end?); expected a template that ends";
            case OUTPUT -> "the template wrote more than " + InputFiles.describeSize(limits.outputChars()) + " of text "
                    + "for one report (a loop without end?); expected a report of a sensible size";
            case RECURSION -> "a macro or function calls itself without end; expected calls that end";
            case MEMORY -> "the template needs more memory than the run has (a value built without end?); expected "
                    + "a template that ends";
        };
        if (e.reason() == Evaluation.Reason.RECURSION && placed) {
            Optional<Position> call = selfCall(name);
            if (call.isPresent()) {
                at = call.get();
                file = displayName(name);
            }
        }
        return new TemplateFailure(Problem.error(file, at, message), e);
    }

    private static String seconds(java.time.Duration time) {
        long millis = time.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** Where a macro or function of template {@code name} calls itself (the likely cause of endless recursion). */
    private Optional<Position> selfCall(String name) {
        try {
            TemplateSource source = new TemplateSource(displayName(name), text(name));
            Matcher definition = Pattern.compile("<#(macro|function)\\s+([\\p{L}\\w]+)").matcher(source.text());
            while (definition.find()) {
                int end = source.text().indexOf("</#" + definition.group(1) + ">", definition.end());
                String body = source.text().substring(definition.end(), end < 0 ? source.text().length() : end);
                String callee = Pattern.quote(definition.group(2));
                Matcher call = Pattern.compile(definition.group(1).equals("macro") ? "<@" + callee + "[\\s/>]"
                        : "\\b" + callee + "\\s*\\(").matcher(body);
                if (call.find()) {
                    return Optional.of(source.positionOf(definition.end() + call.start()));
                }
            }
        } catch (TemplateFailure e) {
            // the message without a place, then
        }
        return Optional.empty();
    }

    /**
     * The text of {@code name} (a file that is not a template, such as {@code fonts.properties}): from the editor's
     * directory when it has it, else the built-in copy.
     */
    public String text(String name) throws TemplateFailure {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /**
     * The bytes of {@code name} (such as {@code report.docx}): the editor's copy when there is one, else built-in. The
     * editor's copy must be a regular file inside the template directory (a link leading out is refused, and what it
     * points at is neither read nor named) and no larger than a template can be.
     */
    public byte[] bytes(String name) throws TemplateFailure {
        long limit = name.endsWith(".docx") ? MAX_BINARY : MAX_TEXT;
        try {
            Optional<Path> edited = editorsCopy(name);
            if (edited.isPresent()) {
                return InputFiles.read(edited.get(), limit);
            }
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream("templates/" + name)) {
                if (in == null) {
                    throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "file not found; "
                            + "expected " + name + " in the template directory or the built-in templates"), null);
                }
                return in.readAllBytes();
            }
        } catch (InputFiles.Refused e) {
            String wrong = switch (e.refusal()) {
                case MISSING -> "disappeared while it was read";
                case NOT_A_FILE -> "is not a regular file";
                case TOO_LARGE -> "is " + InputFiles.describeSize(e.size()) + " large";
            };
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, wrong + "; expected "
                    + (name.endsWith(".docx") ? "a Word template" : "a template file") + " of at most "
                    + InputFiles.describeSize(limit)), e);
        } catch (ConfinedDirectory.Outside e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "is a link that leads outside "
                    + "the template directory; expected the file itself in " + directory.path()
                    + " (copy it there instead of linking to it)"), e);
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "cannot be read: "
                    + e.getMessage() + "; expected a readable file"), e);
        }
    }

    /** The editor's copy of {@code name}, when the template directory has one. */
    private Optional<Path> editorsCopy(String name) throws IOException {
        return directory == null ? Optional.empty() : directory.find(name);
    }

    /**
     * Evaluates FreeMarker {@code source} made from a Word document ({@code name} in messages): square-bracket tags
     * ({@code [#list …]}), {@code ${…}} escaped for XML, and for each entry of {@code blocks} a directive
     * {@code [@name data=…/]} whose output is the WordprocessingML the function returns for its {@code data}.
     */
    public String renderWordprocessingMl(String source, String name, Map<String, Object> view,
            Map<String, Function<Map<String, Object>, String>> blocks) throws TemplateFailure {
        Template template;
        try {
            template = new Template(name, new StringReader(source), wordConfiguration);
        } catch (ParseException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "template syntax error: "
                    + syntax(e) + "; expected valid FreeMarker directives such as [#list …] … [/#list]"), e);
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "template cannot be read: "
                    + e.getMessage()), e);
        }
        Map<String, Object> model = new HashMap<>(view);
        blocks.forEach((directive, function) -> model.put(directive, new Block(function)));
        try {
            return Evaluation.run(template, model, limits);
        } catch (Evaluation.Stopped e) {
            throw stopped(e, name, false); // a place in the source made from Word's XML would mean nothing to anyone
        } catch (TemplateException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "template error: "
                    + reason(e) + "; expected only the names listed in README.md, 'What a template sees'"), e);
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "template output failed: "
                    + e.getMessage()), e);
        }
    }

    /** A user directive that writes a block of markup made by the engine, e.g. a table's WordprocessingML. */
    private static final class Block implements TemplateDirectiveModel {
        private final Function<Map<String, Object>, String> function;

        Block(Function<Map<String, Object>, String> function) {
            this.function = function;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateException, IOException {
            Object data = params.get("data");
            if (data == null) {
                throw new TemplateModelException("the directive needs its data, e.g. [@table data=section.table/]");
            }
            Object unwrapped = DeepUnwrap.unwrap((TemplateModel) data);
            if (!(unwrapped instanceof Map)) {
                throw new TemplateModelException("the directive's data must be a table or the signature");
            }
            env.getOut().write(function.apply((Map<String, Object>) unwrapped));
        }
    }

    /**
     * Copies the built-in templates into {@code target} (created if missing) and returns the files written. Existing
     * files are left alone unless {@code overwrite}; those are returned in {@code skipped}.
     */
    public static List<Path> export(Path target, boolean overwrite, List<Path> skipped) throws IOException {
        Files.createDirectories(target);
        List<Path> written = new ArrayList<>();
        for (String name : BUILT_IN) {
            Path file = target.resolve(name);
            if (Files.exists(file) && !overwrite) {
                skipped.add(file);
                continue;
            }
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream("templates/" + name)) {
                if (in == null) {
                    throw new IOException("the built-in template " + name + " is missing from the build");
                }
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(file);
        }
        return written;
    }

    /** Where {@code name} comes from, as shown in messages. */
    public String source(String name) {
        return displayName(name);
    }

    /** Where template {@code name} comes from, as shown in messages. */
    private String displayName(String name) {
        try {
            Optional<Path> edited = editorsCopy(name);
            if (edited.isPresent()) {
                return edited.get().toString();
            }
        } catch (IOException e) {
            return directory.path().resolve(name).normalize().toString(); // refused when it is read
        }
        return "built-in templates/" + name;
    }

    /**
     * A syntax error in a line: FreeMarker's first line, without the list of every token it would have taken (a
     * missing '>' gives fifteen lines of them).
     */
    private static String syntax(ParseException e) {
        String first = firstLine(e.getEditorMessage() == null ? e.getMessage() : e.getEditorMessage());
        Matcher encountered = Pattern.compile("Encountered (.+), but was expecting (?:one of these patterns|"
                + "one of):?").matcher(first);
        if (encountered.lookingAt()) {
            return encountered.group(1) + " is not expected here (is a '>', '}', ')' or closing quote missing "
                    + "before it?)";
        }
        return first;
    }

    /** What went wrong, in a line: the name a template used that is not there, else FreeMarker's first line. */
    private static String reason(TemplateException e) {
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            return "'" + e.getBlamedExpressionString() + "' is missing (not a name the template sees, or empty here)";
        }
        return firstLine(e.getMessageWithoutStackTop());
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
