package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.data.ReportLoader;
import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.summary.Summation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports a 汇总 names in {@code units:}, loaded for {@link HierarchySumRule}: each file relative to the 汇总's
 * directory, named in messages as the user would name it from where {@code check} runs. A unit that is missing or does
 * not load is an error at its line under {@code units:}, and the sums are then not checked (they would be wrong).
 *
 * @param units the units that loaded, with the place each is named at in the 汇总
 * @param problems what kept a unit from loading
 */
record UnitReports(List<Named> units, List<Problem> problems) {

    /** A unit's report and where the 汇总 names it. */
    record Named(Summation.Unit unit, Text named) {}

    /** No units: the report is not a 汇总, or names none. */
    static final UnitReports NONE = new UnitReports(List.of(), List.of());

    /** Loads the units {@code named} by the report {@code file} (shown as {@code shown}). */
    static UnitReports load(Path file, String shown, List<Text> named) {
        List<Named> units = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Path directory = file.getParent() == null ? Path.of("") : file.getParent();
        ReportLoader loader = new ReportLoader(false);
        for (Text unit : named) {
            Path path = directory.resolve(unit.value());
            String name = FileNames.display(path);
            if (!Files.isRegularFile(path)) {
                problems.add(Problem.error(shown, unit.at(), RuleMessages.unitMissing(unit.value(), name)));
                continue;
            }
            ReportLoader.Loaded loaded = loader.load(path, name);
            if (loaded.failed() || loaded.report().isEmpty()) {
                problems.addAll(
                        loaded.problems().stream().filter(Problem::isError).toList());
                problems.add(Problem.error(shown, unit.at(), RuleMessages.unitUnreadable(name)));
                continue;
            }
            units.add(new Named(new Summation.Unit(name, loaded.report().get()), unit));
        }
        return new UnitReports(List.copyOf(units), List.copyOf(problems));
    }
}
