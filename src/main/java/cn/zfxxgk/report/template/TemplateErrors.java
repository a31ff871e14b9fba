package cn.zfxxgk.report.template;

import cn.zfxxgk.report.files.InputFiles;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.problem.Suggestions;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong in a template, as its editor understands it: FreeMarker's exceptions turned into messages that name
 * the template, the line and column, and what to write instead — a missing name by its name, Word's curly quotes as
 * such, a misspelt built-in with the one meant, an #include that leads nowhere with what it asked for — never the
 * token lists and internals FreeMarker prints.
 */
final class TemplateErrors {

    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered (.+), but was expecting (?:one of these "
            + "patterns|one of):?");
    private static final Pattern UNKNOWN_BUILT_IN = Pattern.compile("Unknown built-in: \"([^\"]+)\"");
    private static final Pattern CURLY_QUOTE = Pattern.compile("[“”‘’]|\\\\u201[cdCD89]");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private final TemplateDirectory files;
    private final TemplateLimits limits;

    TemplateErrors(TemplateDirectory files, TemplateLimits limits) {
        this.files = files;
        this.limits = limits;
    }

    /** The template {@code name} is not there. */
    TemplateFailure notFound(String name, Exception cause) {
        String where = files.shown() == null ? "the built-in templates" : files.shown() + " or the built-in templates";
        return failure(name, Position.NONE, TemplateMessages.notFound(name, where), cause);
    }

    /** The template {@code name} cannot be read. */
    TemplateFailure unreadable(String name, Exception cause) {
        return failure(name, Position.NONE, TemplateMessages.unreadable(cause.getMessage()), cause);
    }

    /** A syntax error in template {@code name}; {@code word} for the Word template (no place worth giving). */
    TemplateFailure syntax(String name, ParseException e, boolean word) {
        Position at = word || e.getLineNumber() <= 0 ? Position.NONE : new Position(e.getLineNumber(), e.getColumnNumber());
        return failure(name, at, syntaxMessage(e, word), e);
    }

    private static Message syntaxMessage(ParseException e, boolean word) {
        String message = e.getEditorMessage() == null ? String.valueOf(e.getMessage()) : e.getEditorMessage();
        if (CURLY_QUOTE.matcher(message).find()) {
            return TemplateMessages.curlyQuotes(word);
        }
        Matcher unknown = UNKNOWN_BUILT_IN.matcher(message);
        if (unknown.find()) {
            String builtIn = unknown.group(1);
            String suggestion = Suggestions.closest(builtIn, new Configuration(Configuration.VERSION_2_3_34)
                    .getSupportedBuiltInNames(Configuration.LEGACY_NAMING_CONVENTION), UnaryOperator.identity())
                    .orElse(null);
            return TemplateMessages.unknownBuiltIn(builtIn, suggestion);
        }
        String first = firstLine(message);
        Matcher encountered = ENCOUNTERED.matcher(first);
        if (encountered.lookingAt()) {
            return TemplateMessages.unexpected(encountered.group(1), word);
        }
        return TemplateMessages.syntax(first, word);
    }

    /** An error while template {@code name} was evaluated, at its place in the template that raised it. */
    TemplateFailure evaluation(String name, TemplateException e, boolean word) {
        String source = e.getTemplateSourceName() != null && !word ? e.getTemplateSourceName() : name;
        Integer line = e.getLineNumber();
        Integer column = e.getColumnNumber();
        Position at = word || line == null ? Position.NONE : new Position(line, column == null ? 1 : column);
        Message included = inclusion(e.getCause());
        if (included != null) {
            return failure(source, at, included, e);
        }
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            return failure(source, at, TemplateMessages.missingName(e.getBlamedExpressionString()), e);
        }
        return failure(source, at, TemplateMessages.evaluation(firstLine(e.getMessageWithoutStackTop())), e);
    }

    /** What went wrong including a template, when {@code cause} is the reason an #include failed; else null. */
    private Message inclusion(Throwable cause) {
        if (cause instanceof TemplateNotFoundException missing) {
            return TemplateMessages.includeMissing(missing.getTemplateName(), files.shown());
        }
        if (cause instanceof MalformedTemplateNameException malformed) {
            return TemplateMessages.includeOutside(malformed.getTemplateName(), files.shown() == null
                    ? "the built-in templates" : files.shown());
        }
        return null;
    }

    /** Writing the output failed (not a limit: those are {@link #stopped}). */
    TemplateFailure output(String name, Exception cause) {
        return failure(name, Position.NONE, TemplateMessages.outputFailed(cause.getMessage()), cause);
    }

    /** A name or link leading out of the template directory (the loader's refusal), at the #include that asked. */
    TemplateFailure outside(String name, SecurityException e) {
        Position at = Position.NONE;
        Matcher quoted = QUOTED.matcher(String.valueOf(e.getMessage()));
        String included = quoted.find() ? quoted.group(1) : null;
        if (included != null && !included.equals(name)) {
            at = source(name).flatMap(s -> s.find(Pattern.compile("<#include\\s+[\"']" + Pattern.quote(included))))
                    .orElse(Position.NONE);
        }
        return failure(name, at, TemplateMessages.includeLinkOutside(included == null || included.equals(name)
                ? null : included), e);
    }

    /** A template stopped by its limits, at its place when that is known ({@code placed}: not the Word template). */
    TemplateFailure stopped(String name, Evaluation.Stopped e, boolean placed) {
        Evaluation.Place place = placed ? e.place() : null;
        String file = place == null ? name : place.template();
        Position at = place == null ? Position.NONE : new Position(place.line(), place.column());
        Message message = switch (e.reason()) {
            case TIME -> TemplateMessages.tooSlow(seconds(limits.time()));
            case OUTPUT -> TemplateMessages.tooMuchOutput(InputFiles.describeSize(limits.outputChars()));
            case RECURSION -> TemplateMessages.recursion();
            case MEMORY -> TemplateMessages.memory();
        };
        if (e.reason() == Evaluation.Reason.RECURSION && placed) {
            Optional<Position> call = selfCall(name);
            if (call.isPresent()) {
                at = call.get();
                file = name;
            }
        }
        return failure(file, at, message, e);
    }

    private static String seconds(Duration time) {
        long millis = time.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** Where a macro or function of template {@code name} calls itself (the likely cause of endless recursion). */
    private Optional<Position> selfCall(String name) {
        Optional<TemplateSource> source = source(name);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String text = source.get().text();
        Matcher definition = Pattern.compile("<#(macro|function)\\s+([\\p{L}\\w]+)").matcher(text);
        while (definition.find()) {
            int end = text.indexOf("</#" + definition.group(1) + ">", definition.end());
            String body = text.substring(definition.end(), end < 0 ? text.length() : end);
            String callee = Pattern.quote(definition.group(2));
            Matcher call = Pattern.compile(definition.group(1).equals("macro") ? "<@" + callee + "[\\s/>]"
                    : "\\b" + callee + "\\s*\\(").matcher(body);
            if (call.find()) {
                return Optional.of(source.get().positionOf(definition.end() + call.start()));
            }
        }
        return Optional.empty();
    }

    /** The source of template {@code name}, when it can be read (else the message goes without a place). */
    Optional<TemplateSource> source(String name) {
        try {
            return Optional.of(new TemplateSource(files.displayName(name), files.text(name)));
        } catch (TemplateFailure e) {
            return Optional.empty();
        }
    }

    private TemplateFailure failure(String name, Position at, Message message, Throwable cause) {
        return new TemplateFailure(Problem.error(files.displayName(name), at, message), cause);
    }

    private static String firstLine(String message) {
        String trimmed = message == null ? "" : message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
