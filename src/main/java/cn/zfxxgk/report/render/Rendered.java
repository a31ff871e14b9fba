package cn.zfxxgk.report.render;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.template.TemplateFailure;
import java.io.IOException;
import java.util.List;

/**
 * What a renderer made of one report: the document's bytes, or the problems that stopped it (then there are no bytes).
 *
 * @param bytes the document, or {@code null} when it could not be made
 * @param problems why it could not be made (empty when it was)
 */
public record Rendered(byte[] bytes, List<Problem> problems) {

    public Rendered {
        problems = List.copyOf(problems);
        if ((bytes == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a document has either bytes or problems");
        }
    }

    /** A document made. */
    public static Rendered of(byte[] bytes) {
        return new Rendered(bytes, List.of());
    }

    /** A document that could not be made, for {@code problems}. */
    public static Rendered failed(List<Problem> problems) {
        return new Rendered(null, problems);
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
            return failed(List.of(Problem.error(subject.file(), Position.NONE, RenderMessages.notMade(e.getMessage()))));
        }
    }
}
