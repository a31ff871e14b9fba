package cn.zfxxgk.report.template;

import cn.zfxxgk.report.problem.Problem;

/** A template could not be found, parsed or evaluated; carries the problem with the template's name, line and column. */
public final class TemplateFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** A failure described by {@code problem}, caused by {@code cause} (may be null). */
    public TemplateFailure(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    /** The problem as it is printed to the user. */
    public Problem problem() {
        return problem;
    }
}
