package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.problem.Severity;
import java.util.Locale;
import java.util.Optional;

/** What a project or the command line sets a rule to: off, or one of the severities. */
enum Level {
    OFF(null, "关闭"),
    INFO(Severity.INFO, "提示"),
    WARNING(Severity.WARNING, "警告"),
    ERROR(Severity.ERROR, "错误");

    private final Severity severity;
    private final String chinese;

    Level(Severity severity, String chinese) {
        this.severity = severity;
        this.chinese = chinese;
    }

    /** The severity of the rule's findings; empty when the rule is off. */
    Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    /** {@code off}, {@code info}, {@code warning} (or {@code warn}), {@code error}, or their Chinese names. */
    static Optional<Level> parse(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (Level level : values()) {
            if (level.name().toLowerCase(Locale.ROOT).equals(lower) || level.chinese.equals(lower)) {
                return Optional.of(level);
            }
        }
        return lower.equals("warn") ? Optional.of(WARNING) : Optional.empty();
    }
}
