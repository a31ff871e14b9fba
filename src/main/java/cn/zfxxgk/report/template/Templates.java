package cn.zfxxgk.report.template;

import cn.zfxxgk.report.files.ConfinedDirectory;
import cn.zfxxgk.report.problem.Problem;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.Version;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;

/**
 * The templates of one run: those in the editor's directory (by default {@code templates/} where the command runs) take
 * precedence over the copies built into the jar. FreeMarker is configured for templates that get less trust than code:
 * no {@code ?new} of arbitrary classes, no {@code ?api}, auto-escaping by file extension ({@code .ftlh} escapes HTML),
 * numbers printed as written ({@code 2023}, not {@code 2,023}), a view made only of maps, lists and strings, and every
 * evaluation within its {@link TemplateLimits}. What goes wrong is reported by {@link TemplateErrors} in the editor's
 * terms.
 */
public final class Templates {

    private static final Version VERSION = Configuration.VERSION_2_3_34;

    /** The files of the built-in template set, as {@code templates export} writes them out. */
    public static final List<String> BUILT_IN = List.of("report.ftlh", "fonts.properties", "report.docx");

    private final Configuration configuration;
    private final Configuration wordConfiguration;
    private final TemplateDirectory files;
    private final TemplateErrors errors;
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
        ConfinedDirectory confined =
                directory != null && Files.isDirectory(directory) ? new ConfinedDirectory(directory) : null;
        this.files = new TemplateDirectory(confined);
        this.limits = limits;
        this.errors = new TemplateErrors(files, limits);
        this.configuration = configure(confined);
        this.wordConfiguration = configure(null);
        // Word templates: [#…] tags do not clash with XML's <…>, and ${…} is escaped for XML.
        wordConfiguration.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        wordConfiguration.setOutputFormat(XMLOutputFormat.INSTANCE);
        wordConfiguration.setRecognizeStandardFileExtensions(false);
        wordConfiguration.setTabSize(1); // a column is a character of the source, for SourcePlaces
    }

    private static Configuration configure(ConfinedDirectory directory) throws IOException {
        Configuration c = new Configuration(VERSION);
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class.getClassLoader(), "templates");
        c.setTemplateLoader(
                directory == null
                        ? builtIn
                        : new MultiTemplateLoader(
                                new TemplateLoader[] {new ConfinedTemplateLoader(directory), builtIn}));
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
        return renderPage(name, view).xhtml();
    }

    /** A page an HTML template made, and what the engine changed of it with a notice (widths scaled to 100 %). */
    public record Page(String xhtml, List<Problem> notices) {

        public Page {
            notices = List.copyOf(notices);
        }
    }

    /**
     * As {@link #renderXhtml}, with the notices about the page: the official tables' column widths, when the template
     * sets them in percent adding up to other than 100 %, are scaled to fill the table ({@link TableWidths}).
     */
    public Page renderPage(String name, Map<String, Object> view) throws TemplateFailure {
        String page = render(name, view);
        TemplateSource source = new TemplateSource(files.displayName(name), files.text(name));
        XhtmlCheck.check(page, source);
        TableWidths.Normalised normalised = TableWidths.of(page, source);
        return new Page(normalised.page(), normalised.notices());
    }

    /** Evaluates template {@code name} (e.g. {@code report.ftlh}) with {@code view} as its data. */
    public String render(String name, Map<String, Object> view) throws TemplateFailure {
        Template template;
        try {
            template = configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw errors.notFound(name, e);
        } catch (ParseException e) {
            throw errors.syntax(name, e);
        } catch (IOException e) {
            throw errors.unreadable(name, e);
        } catch (SecurityException e) {
            throw errors.outside(name, e);
        }
        try {
            return Evaluation.run(template, view, limits);
        } catch (Evaluation.Stopped e) {
            throw errors.stopped(name, e, true);
        } catch (TemplateException e) {
            throw errors.evaluation(name, e);
        } catch (IOException e) {
            throw errors.output(name, e);
        } catch (SecurityException e) {
            throw errors.outside(name, e);
        }
    }

    /**
     * The text of {@code name} (a file that is not a template, such as {@code fonts.properties}): from the editor's
     * directory when it has it, else the built-in copy.
     */
    public String text(String name) throws TemplateFailure {
        return files.text(name);
    }

    /**
     * The bytes of {@code name} (such as {@code report.docx}): the editor's copy when there is one, else built-in; a
     * link leading out of the template directory, or a file larger than a template can be, is refused unread.
     */
    public byte[] bytes(String name) throws TemplateFailure {
        return files.bytes(name);
    }

    /**
     * Evaluates FreeMarker {@code source} made from a Word document ({@code name} in messages): square-bracket tags
     * ({@code [#list …]}), {@code ${…}} escaped for XML, and for each entry of {@code blocks} a directive
     * {@code [@name data=…/]} whose output is the WordprocessingML the function returns for its {@code data}. A
     * problem is said of the paragraph it is in, as {@code places} quotes it.
     */
    public String renderWordprocessingMl(
            String source,
            String name,
            Map<String, Object> view,
            Map<String, Function<Map<String, Object>, String>> blocks,
            SourcePlaces places)
            throws TemplateFailure {
        Template template;
        try {
            template = new Template(name, new StringReader(source), wordConfiguration);
        } catch (ParseException e) {
            throw errors.syntax(name, e, source, places);
        } catch (IOException e) {
            throw errors.unreadable(name, e);
        }
        Map<String, Object> model = new HashMap<>(view);
        blocks.forEach((directive, function) -> model.put(directive, new Block(function)));
        try {
            return Evaluation.run(template, model, limits);
        } catch (Evaluation.Stopped e) {
            throw errors.stopped(name, e, places);
        } catch (TemplateException e) {
            throw errors.evaluation(name, e, places);
        } catch (IOException e) {
            throw errors.output(name, e);
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
     * Copies the built-in templates into {@code target} (created if missing) and returns the files written. A file that
     * is already there is left alone unless {@code overwrite}: one that is the built-in copy already is returned in
     * {@code unchanged}, one the editor changed in {@code skipped}.
     */
    public static List<Path> export(Path target, boolean overwrite, List<Path> skipped, List<Path> unchanged)
            throws IOException {
        Files.createDirectories(target);
        List<Path> written = new ArrayList<>();
        for (String name : BUILT_IN) {
            Path file = target.resolve(name);
            if (Files.exists(file) && !overwrite) {
                (TemplateDirectory.isBuiltIn(file, name) ? unchanged : skipped).add(file);
                continue;
            }
            byte[] builtIn = TemplateDirectory.builtIn(name);
            if (builtIn == null) {
                throw new IOException("the built-in template " + name + " is missing from the build");
            }
            Files.write(file, builtIn);
            written.add(file);
        }
        return written;
    }

    /** As {@link #export(Path, boolean, List, List)}, counting unchanged files as skipped. */
    public static List<Path> export(Path target, boolean overwrite, List<Path> skipped) throws IOException {
        return export(target, overwrite, skipped, skipped);
    }

    /** Where {@code name} comes from, as shown in messages. */
    public String source(String name) {
        return files.displayName(name);
    }
}
