package cn.zfxxgk.report.template;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problem;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
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
import freemarker.template.TemplateNotFoundException;
import freemarker.template.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * numbers printed as written ({@code 2023}, not {@code 2,023}), and a view made only of maps, lists and strings.
 */
public final class Templates {

    private static final Version VERSION = Configuration.VERSION_2_3_34;

    /** The files of the built-in template set, as {@code templates export} writes them out. */
    public static final List<String> BUILT_IN = List.of("report.ftlh", "fonts.properties", "report.docx");

    private final Configuration configuration;
    private final Configuration wordConfiguration;
    private final Path directory;

    /**
     * Templates from {@code directory} when it exists (else only the built-in ones).
     *
     * @param directory the editor's template directory, or {@code null} for the built-in templates only
     */
    public Templates(Path directory) throws IOException {
        this.directory = directory != null && Files.isDirectory(directory) ? directory : null;
        this.configuration = configure(this.directory);
        this.wordConfiguration = configure(null);
        // Word templates: [#…] tags do not clash with XML's <…>, and ${…} is escaped for XML.
        wordConfiguration.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        wordConfiguration.setOutputFormat(XMLOutputFormat.INSTANCE);
        wordConfiguration.setRecognizeStandardFileExtensions(false);
    }

    private static Configuration configure(Path directory) throws IOException {
        Configuration c = new Configuration(VERSION);
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class.getClassLoader(), "templates");
        c.setTemplateLoader(directory == null ? builtIn
                : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(directory.toFile()), builtIn}));
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
                    "template syntax error: " + e.getEditorMessage() + "; expected valid FreeMarker syntax"), e);
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "template cannot be read: "
                    + e.getMessage() + "; expected a readable UTF-8 file"), e);
        } catch (SecurityException e) {
            throw outside(name, e);
        }
        StringWriter out = new StringWriter();
        try {
            template.process(view, out);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            throw new TemplateFailure(Problem.error(displayName(source),
                    line == null ? Position.NONE : new Position(line, column == null ? 1 : column),
                    "template error: " + firstLine(e.getMessageWithoutStackTop())
                            + "; expected only the names listed in README.md, 'What a template sees'"), e);
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "template output failed: "
                    + e.getMessage() + "; expected the template to finish"), e);
        } catch (SecurityException e) {
            throw outside(name, e);
        }
        return out.toString();
    }

    /** FreeMarker's file loader refuses a link that leads out of the template directory. */
    private TemplateFailure outside(String name, SecurityException e) {
        return new TemplateFailure(Problem.error(displayName(name), Position.NONE, "a template leads outside the "
                + "template directory (" + e.getMessage().replaceAll("\\s+", " ") + "); expected templates inside it"), e);
    }

    /**
     * The text of {@code name} (a file that is not a template, such as {@code fonts.properties}): from the editor's
     * directory when it has it, else the built-in copy.
     */
    public String text(String name) throws TemplateFailure {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The bytes of {@code name} (such as {@code report.docx}): the editor's copy when there is one, else built-in. */
    public byte[] bytes(String name) throws TemplateFailure {
        try {
            if (directory != null && Files.isRegularFile(directory.resolve(name))) {
                return Files.readAllBytes(directory.resolve(name));
            }
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream("templates/" + name)) {
                if (in == null) {
                    throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "file not found; "
                            + "expected " + name + " in the template directory or the built-in templates"), null);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "cannot be read: "
                    + e.getMessage() + "; expected a readable file"), e);
        }
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
                    + e.getEditorMessage() + "; expected valid FreeMarker directives such as [#list …] … [/#list]"), e);
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "template cannot be read: "
                    + e.getMessage()), e);
        }
        Map<String, Object> model = new HashMap<>(view);
        blocks.forEach((directive, function) -> model.put(directive, new Block(function)));
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "template error: "
                    + firstLine(e.getMessageWithoutStackTop()) + "; expected only the names listed in README.md, "
                    + "'What a template sees'"), e);
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(displayName(name), Position.NONE, "template output failed: "
                    + e.getMessage()), e);
        }
        return out.toString();
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
        if (directory != null && Files.isRegularFile(directory.resolve(name))) {
            return directory.resolve(name).toString();
        }
        return "built-in templates/" + name;
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
