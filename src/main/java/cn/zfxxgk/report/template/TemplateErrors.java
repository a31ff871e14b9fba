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

    private static final Pattern ENCOUNTERED =
            Pattern.compile("Encountered (.+), but was expecting (?:one of these " + "patterns|one of):?");
    private static final Pattern UNKNOWN_BUILT_IN = Pattern.compile("Unknown built-in: \"([^\"]+)\"");
    private static final Pattern CURLY_QUOTE = Pattern.compile("[“”‘’]|\\\\u201[cdCD89]");
    private static final Pattern UNCLOSED = Pattern.compile("You have an unclosed #(\\w+)");
    private static final Pattern MISNESTED =
            Pattern.compile("Encountered \"([^\"]+)\", but at this place only this " + "can be closed: \"#(\\w+)\"");
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

    /**
     * A syntax error in template {@code name}, at its line and column; a directive left open at the end, at the place
     * where it opens.
     */
    TemplateFailure syntax(String name, ParseException e) {
        Position at = e.getLineNumber() <= 0 ? Position.NONE : new Position(e.getLineNumber(), e.getColumnNumber());
        Matcher unclosed = UNCLOSED.matcher(String.valueOf(e.getMessage()));
        if (unclosed.find()) {
            String directive = unclosed.group(1);
            Optional<Position> opening =
                    source(name).flatMap(s -> opening(s.text(), directive, '<').map(s::positionOf));
            return failure(name, opening.orElse(at), TemplateMessages.unclosed(directive, false), e);
        }
        return failure(name, at, syntaxMessage(e, false), e);
    }

    /**
     * A syntax error in the Word template {@code name} made into {@code source}, said of the paragraph where
     * {@code places} finds it; a directive left open, of the paragraph where it opens.
     */
    TemplateFailure syntax(String name, ParseException e, String source, SourcePlaces places) {
        Matcher unclosed = UNCLOSED.matcher(String.valueOf(e.getMessage()));
        if (unclosed.find()) {
            String directive = unclosed.group(1);
            Message message = TemplateMessages.unclosed(directive, true);
            Optional<Integer> opening = opening(source, directive, '[');
            if (opening.isEmpty()) {
                return failure(name, Position.NONE, message, e);
            }
            Position at = new TemplateSource(name, source).positionOf(opening.get());
            return failure(name, Position.NONE, places.at(at.line(), at.column(), message), e);
        }
        return failure(
                name, Position.NONE, placed(places, e.getLineNumber(), e.getColumnNumber(), syntaxMessage(e, true)), e);
    }

    /**
     * Where the #{@code directive} that is never closed opens in {@code source}, its tags starting with {@code bracket}:
     * the outermost one left open when each end-tag closes the latest opening.
     */
    static Optional<Integer> opening(String source, String directive, char bracket) {
        String open = Pattern.quote(bracket + "#" + directive);
        String close = Pattern.quote(bracket + "/#" + directive);
        Matcher tag = Pattern.compile(open + "(?=[\\s\\]>/])|" + close + "(?=\\s*[\\]>])")
                .matcher(source);
        java.util.Deque<Integer> opened = new java.util.ArrayDeque<>();
        while (tag.find()) {
            if (tag.group().charAt(1) == '/') {
                opened.pollLast();
            } else {
                opened.addLast(tag.start());
            }
        }
        return Optional.ofNullable(opened.peekFirst());
    }

    /** {@code message} said of its place in a Word template, when FreeMarker gave one. */
    private static Message placed(SourcePlaces places, Integer line, Integer column, Message message) {
        return line == null || line <= 0
                ? message
                : places.at(line, column == null || column <= 0 ? 1 : column, message);
    }

    private static Message syntaxMessage(ParseException e, boolean word) {
        String message = e.getEditorMessage() == null ? String.valueOf(e.getMessage()) : e.getEditorMessage();
        if (CURLY_QUOTE.matcher(message).find()) {
            return TemplateMessages.curlyQuotes(word);
        }
        Matcher unknown = UNKNOWN_BUILT_IN.matcher(message);
        if (unknown.find()) {
            String builtIn = unknown.group(1);
            String suggestion = Suggestions.closest(
                            builtIn,
                            new Configuration(Configuration.VERSION_2_3_34)
                                    .getSupportedBuiltInNames(Configuration.LEGACY_NAMING_CONVENTION),
                            UnaryOperator.identity())
                    .orElse(null);
            return TemplateMessages.unknownBuiltIn(builtIn, suggestion);
        }
        Matcher misnested = MISNESTED.matcher(message);
        if (misnested.find()) {
            return TemplateMessages.misnested(misnested.group(1), misnested.group(2), word);
        }
        String first = firstLine(message);
        Matcher encountered = ENCOUNTERED.matcher(first);
        if (encountered.lookingAt()) {
            return TemplateMessages.unexpected(encountered.group(1), word);
        }
        return TemplateMessages.syntax(first, word);
    }

    /** An error while template {@code name} was evaluated, at its place in the template that raised it. */
    TemplateFailure evaluation(String name, TemplateException e) {
        String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
        Integer line = e.getLineNumber();
        Integer column = e.getColumnNumber();
        Position at = line == null ? Position.NONE : new Position(line, column == null ? 1 : column);
        Message included = inclusion(e.getCause());
        if (included != null) {
            return failure(source, at, included, e);
        }
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            return failure(source, at, TemplateMessages.missingName(e.getBlamedExpressionString()), e);
        }
        return failure(source, at, TemplateMessages.evaluation(firstLine(e.getMessageWithoutStackTop())), e);
    }

    /** An error while the Word template {@code name} was evaluated, said of the paragraph where it arose. */
    TemplateFailure evaluation(String name, TemplateException e, SourcePlaces places) {
        Message message = e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null
                ? TemplateMessages.missingName(e.getBlamedExpressionString())
                : TemplateMessages.evaluation(firstLine(e.getMessageWithoutStackTop()));
        return failure(name, Position.NONE, placed(places, e.getLineNumber(), e.getColumnNumber(), message), e);
    }

    /** What went wrong including a template, when {@code cause} is the reason an #include failed; else null. */
    private Message inclusion(Throwable cause) {
        if (cause instanceof TemplateNotFoundException missing) {
            return TemplateMessages.includeMissing(missing.getTemplateName(), files.shown());
        }
        if (cause instanceof MalformedTemplateNameException malformed) {
            return TemplateMessages.includeOutside(
                    malformed.getTemplateName(), files.shown() == null ? "the built-in templates" : files.shown());
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
            at = source(name)
                    .flatMap(s -> s.find(Pattern.compile("<#include\\s+[\"']" + Pattern.quote(included))))
                    .orElse(Position.NONE);
        }
        return failure(
                name,
                at,
                TemplateMessages.includeLinkOutside(included == null || included.equals(name) ? null : included),
                e);
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

    /** The Word template {@code name} stopped by its limits, said of the paragraph it was at when that is known. */
    TemplateFailure stopped(String name, Evaluation.Stopped e, SourcePlaces places) {
        TemplateFailure failure = stopped(name, e, false);
        Evaluation.Place place = e.place();
        return place == null
                ? failure
                : failure(
                        name,
                        Position.NONE,
                        placed(
                                places,
                                place.line(),
                                place.column(),
                                failure.problem().text()),
                        e);
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
        Matcher definition =
                Pattern.compile("<#(macro|function)\\s+([\\p{L}\\w]+)").matcher(text);
        while (definition.find()) {
            int end = text.indexOf("</#" + definition.group(1) + ">", definition.end());
            String body = text.substring(definition.end(), end < 0 ? text.length() : end);
            String callee = Pattern.quote(definition.group(2));
            Matcher call = Pattern.compile(
                            definition.group(1).equals("macro")
                                    ? "<@" + callee + "[\\s/>]"
                                    : "\\b" + callee + "\\s*\\(")
                    .matcher(body);
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
