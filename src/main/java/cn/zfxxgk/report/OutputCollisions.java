package cn.zfxxgk.report;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Report files whose documents would land on the same names — {@code d1/report.yaml} and {@code d2/report.yaml} into
 * one output directory, or {@code a.yaml} beside {@code a.yml} — found before anything is written. Each of them is
 * refused, naming the others, rather than one silently replacing the other's documents: which one should win is the
 * author's to say (rename one, or give each its own output directory).
 */
final class OutputCollisions {

    private OutputCollisions() {}

    /**
     * The refusals for the files of {@code files} that collide, by file; {@code outputDirectory} says where each file's
     * documents go.
     */
    static Map<Path, Problem> find(List<Path> files, Function<Path, Path> outputDirectory, Set<OutputFormat> formats) {
        Map<Path, List<Path>> byOutput = new LinkedHashMap<>();
        for (Path file : files) {
            Path base = outputDirectory.apply(file).toAbsolutePath().normalize().resolve(ReportEngine.baseName(file));
            byOutput.computeIfAbsent(base, b -> new ArrayList<>()).add(file);
        }
        Map<Path, Problem> refused = new LinkedHashMap<>();
        byOutput.forEach((base, colliding) -> {
            if (colliding.size() < 2) {
                return;
            }
            List<String> extensions =
                    formats.stream().sorted().map(OutputFormat::extension).toList();
            String documents = FileNames.display(base) + "."
                    + (extensions.size() == 1
                            ? extensions.get(0)
                            : extensions.stream().collect(Collectors.joining(",", "{", "}")));
            for (Path file : colliding) {
                String others = colliding.stream()
                        .filter(other -> other != file)
                        .map(FileNames::display)
                        .collect(Collectors.joining(", "));
                refused.put(
                        file,
                        Problem.error(
                                FileNames.display(file), Position.NONE, EngineMessages.collision(documents, others)));
            }
        });
        return refused;
    }
}
