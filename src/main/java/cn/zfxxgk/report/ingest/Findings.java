package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one imported file, in the order they were found. */
public final class Findings {

    private final String source;
    private final List<Finding> list = new ArrayList<>();

    /** A collector for {@code source}, the file as the user named it. */
    public Findings(String source) {
        this.source = source;
    }

    /** The file name every finding carries. */
    public String source() {
        return source;
    }

    /** Records an error: the file cannot be imported. */
    public void error(Origin at, Message message) {
        list.add(new Finding(Severity.ERROR, source, at, message));
    }

    /** Records a warning: the import goes on, the YAML lists it. */
    public void warning(Origin at, Message message) {
        list.add(new Finding(Severity.WARNING, source, at, message));
    }

    /** Whether an error was recorded. */
    public boolean hasErrors() {
        return list.stream().anyMatch(Finding::isError);
    }

    /** Every finding so far. */
    public List<Finding> all() {
        return List.copyOf(list);
    }
}
