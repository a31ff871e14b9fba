package cn.zfxxgk.report.render;

import cn.zfxxgk.report.problem.Problem;
import java.util.List;

/**
 * A step of a renderer found problems that stop the document (a character no font has, a font-role file with errors):
 * they are reported as they are, each at its place.
 */
public final class RenderFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** A failure for {@code problems} (at least one). */
    public RenderFailure(List<Problem> problems) {
        super(problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    /** Why the document cannot be made. */
    public List<Problem> problems() {
        return problems;
    }
}
