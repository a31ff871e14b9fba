package cn.zfxxgk.report.data;

import cn.zfxxgk.report.files.InputFiles;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.problem.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads one report file: parses it safely, reads it against the official form, and checks the 勾稽 rules. Every
 * problem is collected; with {@code strict}, failed 勾稽 rules are errors instead of warnings.
 */
public final class ReportLoader {

    /** The outcome of loading one file: the report (absent when there were errors) and every problem, in file order. */
    public record Loaded(Optional<Report> report, List<Problem> problems) {

        /** Whether any problem is an error. */
        public boolean failed() {
            return report.isEmpty() || problems.stream().anyMatch(Problem::isError);
        }
    }

    private final boolean strict;

    /** A loader; {@code strict} turns failed 勾稽 rules into errors. */
    public ReportLoader(boolean strict) {
        this.strict = strict;
    }

    /**
     * Loads {@code file}, named {@code displayName} in messages. What cannot be a report — a directory, a device, a
     * file of gigabytes — is refused before it is read.
     */
    public Loaded load(Path file, String displayName) {
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, YamlDocument.MAX_BYTES);
        } catch (InputFiles.Refused e) {
            Message message = switch (e.refusal()) {
                case MISSING -> DataMessages.fileMissing();
                case NOT_A_FILE -> DataMessages.notAFile();
                case TOO_LARGE -> YamlDocument.tooLarge(e.size());
            };
            return new Loaded(Optional.empty(), List.of(Problem.error(displayName, Position.NONE, message)));
        } catch (IOException e) {
            return new Loaded(
                    Optional.empty(),
                    List.of(Problem.error(displayName, Position.NONE, DataMessages.unreadable(e.getMessage()))));
        }
        return load(bytes, displayName);
    }

    /** Loads the file whose content is {@code bytes}; {@code file} is its name as the user gave it. */
    public Loaded load(byte[] bytes, String file) {
        Problems problems = new Problems(file);
        Optional<YamlDocument> document = YamlDocument.parse(bytes, problems);
        if (document.isEmpty()) {
            return new Loaded(Optional.empty(), problems.sorted());
        }
        if (document.get().root().isEmpty()) {
            problems.error(Position.NONE, DataMessages.empty());
            return new Loaded(Optional.empty(), problems.sorted());
        }
        Nodes.rejectUnsafe(document.get().root().get(), problems);
        ReportReader.Reading reading = new ReportReader(problems, document.get().text())
                .read(document.get().root().get());
        // every problem at once: the 勾稽 rules of the tables that could be read, whatever else is wrong in the file
        reading.format().ifPresent(format -> {
            for (Problem rule : ConsistencyRules.check(
                    format, kind -> Optional.ofNullable(reading.tables().get(kind)), file)) {
                problems.add(strict ? rule.asError() : rule);
            }
        });
        return new Loaded(problems.hasErrors() ? Optional.empty() : reading.report(), problems.sorted());
    }
}
