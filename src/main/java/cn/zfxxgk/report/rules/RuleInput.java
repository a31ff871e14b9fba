package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import java.util.List;
import java.util.Optional;

/**
 * What a rule looks at: this year's report as loaded, its file name as the user gave it, the file's lines, and last year's report when
 * the user named one ({@code check --previous}, or {@code previous:} in the report), and a 汇总's units
 * ({@code units:}).
 */
record RuleInput(Report report, String file, List<String> lines, Optional<LastYear> lastYear, UnitReports units) {

    /** Where top-level key {@code key} is written ({@code format:}), or {@link Position#NONE}. */
    Position keyAt(String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return new Position(i + 1, 1);
            }
        }
        return Position.NONE;
    }

    /** Last year's report and its file name. */
    record LastYear(Report report, String file) {}
}
