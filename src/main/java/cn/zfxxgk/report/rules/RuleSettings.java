package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.data.SettingsYaml;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.problem.Suggestions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which rules a project switches off, lowers or raises: from {@value #FILE_NAME} beside the reports (one line a rule,
 * {@code CONT-GEN-LENGTH: off}) and from the command line ({@code --rule CONT-GEN-LENGTH=off}), which wins.
 */
public final class RuleSettings {

    /** The name of the settings file, looked for in the directory of each report. */
    public static final String FILE_NAME = "gen-rules.yaml";

    private static final int MAX_BYTES = 64 * 1024;

    private final Map<String, Level> levels;

    private RuleSettings(Map<String, Level> levels) {
        this.levels = Map.copyOf(levels);
    }

    /** The settings read from a file or the command line, and what was wrong with them. */
    public record Read(RuleSettings settings, List<Problem> problems) {}

    /** No setting: every rule as documented. */
    public static RuleSettings none() {
        return new RuleSettings(Map.of());
    }

    /** The settings given on the command line as {@code RULE-ID=level}; {@code source} names them in messages. */
    public static Read parse(List<String> assignments, String source) {
        Map<String, Level> levels = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            String id = equals < 0
                    ? assignment.strip()
                    : assignment.substring(0, equals).strip();
            String level = equals < 0 ? "" : assignment.substring(equals + 1);
            set(id, level, source, Position.NONE, levels, problems);
        }
        return new Read(new RuleSettings(levels), problems);
    }

    /** The settings of the reports in {@code directory}: its {@value #FILE_NAME}, or none when it has none. */
    public static Read load(Path directory, String shownDirectory) {
        Path file = directory.resolve(FILE_NAME);
        String shown = shownDirectory.isEmpty() ? FILE_NAME : shownDirectory + "/" + FILE_NAME;
        if (!Files.isRegularFile(file)) {
            return new Read(none(), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Level> levels = new HashMap<>();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("larger than 64 KB");
            }
            for (SettingsYaml.Entry entry :
                    SettingsYaml.read(Files.readString(file, StandardCharsets.UTF_8), MAX_BYTES)) {
                set(entry.key(), entry.value(), shown, entry.at(), levels, problems);
            }
        } catch (SettingsYaml.Invalid e) {
            problems.add(Problem.error(
                    shown,
                    e.at(),
                    e.detail() == null
                            ? RuleMessages.settingsNotMapping()
                            : RuleMessages.settingsUnreadable(e.detail())));
        } catch (IOException e) {
            problems.add(Problem.error(shown, Position.NONE, RuleMessages.settingsUnreadable(FileNames.describe(e))));
        }
        return new Read(new RuleSettings(levels), problems);
    }

    /** These settings, with {@code over}'s where both set a rule. */
    public RuleSettings with(RuleSettings over) {
        Map<String, Level> merged = new HashMap<>(levels);
        merged.putAll(over.levels);
        return new RuleSettings(merged);
    }

    /** The level set for rule {@code id}, if any. */
    Optional<Level> level(String id) {
        return Optional.ofNullable(levels.get(id));
    }

    private static void set(
            String id,
            String levelText,
            String source,
            Position at,
            Map<String, Level> levels,
            List<Problem> problems) {
        if (!RuleEngine.ids().contains(id)) {
            problems.add(Problem.error(
                    source,
                    at,
                    RuleMessages.ruleUnknown(
                            id,
                            Suggestions.closest(id, RuleEngine.ids(), s -> s).orElse(null))));
            return;
        }
        Optional<Level> level = Level.parse(levelText);
        if (level.isEmpty()) {
            problems.add(Problem.error(source, at, RuleMessages.levelUnknown(id, levelText)));
            return;
        }
        levels.put(id, level.get());
    }
}
