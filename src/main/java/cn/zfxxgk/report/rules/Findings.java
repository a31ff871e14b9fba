package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.List;

/** What one rule found in one report, each finding with its place and, when it differs from the rule's, severity. */
final class Findings {

    /** One finding; {@code severity} is null when the rule's own applies. */
    record Finding(Position at, Message message, Severity severity) {}

    private final List<Finding> list = new ArrayList<>();

    /** A finding with the rule's severity. */
    void add(Position at, Message message) {
        list.add(new Finding(at, message, null));
    }

    /** A finding milder or graver than the rule's usual one (a project's setting for the rule still wins). */
    void add(Severity severity, Position at, Message message) {
        list.add(new Finding(at, message, severity));
    }

    List<Finding> all() {
        return List.copyOf(list);
    }
}
