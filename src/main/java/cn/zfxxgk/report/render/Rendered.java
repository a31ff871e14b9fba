package cn.zfxxgk.report.render;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.template.TemplateFailure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a renderer made of one report: the document's bytes with any warnings about it (a template's widths scaled to
 * 100 %), or the problems that stopped it (then there are no bytes).
 *
 * @param bytes the document, or {@code null} when it could not be made
 * @param problems why it could not be made; when it was made, warnings only (often none)
 */
public record Rendered(byte[] bytes, List<Problem> problems) {

    public Rendered {
        problems = List.copyOf(problems);
        if (bytes == null && problems.isEmpty()) {
            throw new IllegalArgumentException("a document not made needs the problems that stopped it");
        }
        if (bytes != null && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a document made has warnings only");
        }
    }

    /** A document made. */
    public static Rendered of(byte[] bytes) {
        return new Rendered(bytes, List.of());
    }

    /** A document made, with {@code warnings} about it. */
    public static Rendered of(byte[] bytes, List<Problem> warnings) {
        return new Rendered(bytes, warnings);
    }

    /** This document with {@code more} warnings, or this when it was not made. */
    public Rendered warning(List<Problem> more) {
        if (failed() || more.isEmpty()) {
            return this;
        }
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new Rendered(bytes, all);
    }

    /** A document that could not be made, for {@code problems}. */
    public static Rendered failed(List<Problem> problems) {
        return new Rendered(null, problems);
    }

    /** The warnings about a document made; empty when it was not made (its problems are then why). */
    public List<Problem> warnings() {
        return failed() ? List.of() : problems;
    }

    /** Whether the document could not be made. */
    public boolean failed() {
        return bytes == null;
    }

    /** The steps of a renderer, which may fail as a template, a check or a file fails. */
    @FunctionalInterface
    public interface Work {
        byte[] make() throws TemplateFailure, RenderFailure, IOException;
    }

    /**
     * What {@code work} makes for {@code subject}, with each way it fails turned into problems: a template's at its
     * place in the template, a check's as it found them, a file's or a library's as a document that could not be made.
     */
    public static Rendered attempt(Subject subject, Work work) {
        try {
            return of(work.make());
        } catch (TemplateFailure e) {
            return failed(List.of(e.problem()));
        } catch (RenderFailure e) {
            return failed(e.problems());
        } catch (IOException e) {
            return failed(
                    List.of(Problem.error(subject.file(), Position.NONE, RenderMessages.notMade(e.getMessage()))));
        }
    }
}
