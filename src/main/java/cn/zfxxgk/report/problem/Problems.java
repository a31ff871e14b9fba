package cn.zfxxgk.report.problem;

import cn.zfxxgk.report.model.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file so that all of them are reported at once, in file order. */
public final class Problems {

    private final String file;
    private final List<Problem> list = new ArrayList<>();

    /** A collector for problems in {@code file} (the name as the user gave it). */
    public Problems(String file) {
        this.file = file;
    }

    /** The file name every problem carries. */
    public String file() {
        return file;
    }

    /** Records an error. */
    public void error(Position at, Message message) {
        list.add(Problem.error(file, at, message));
    }

    /** Records a warning. */
    public void warning(Position at, Message message) {
        list.add(Problem.warning(file, at, message));
    }

    /** Records a problem made elsewhere. */
    public void add(Problem problem) {
        list.add(problem);
    }

    /** Whether any error was recorded. */
    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** Every problem so far, sorted by line and column (stable for problems at the same place). */
    public List<Problem> sorted() {
        return list.stream()
                .sorted(Comparator.comparingInt((Problem p) -> p.at().line()).thenComparingInt(p -> p.at().column()))
                .toList();
    }
}
