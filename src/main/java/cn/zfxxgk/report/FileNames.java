package cn.zfxxgk.report;

import cn.zfxxgk.report.rules.RuleSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Files as the user gives and reads them: named in messages as the user would write them, relative to where the command
 * runs; a command line's report files found as every front end finds them.
 */
public final class FileNames {

    private FileNames() {}

    /** What makes two names one file: the real path when the file exists, else the normalised absolute one. */
    private static Path identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** {@code path} relative to the working directory when it is below it, else absolute. */
    public static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /**
     * The report files of {@code paths}: files as given, and the report files inside a directory ({@link
     * #isReportName}), in name order; a file
     * named twice (as itself and inside its directory, say) once.
     */
    public static List<Path> reports(List<Path> paths) throws IOException {
        List<Path> reports = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (var list = Files.list(path)) {
                    list.filter(FileNames::isReportName)
                            .sorted()
                            .filter(p -> seen.add(identity(p)))
                            .forEach(reports::add);
                }
            } else if (seen.add(identity(path))) {
                reports.add(path);
            }
        }
        return reports;
    }

    /** The directories among {@code named} that hold none of {@code reports}: the user expected reports there. */
    public static List<Path> withoutReports(List<Path> named, List<Path> reports) {
        return named.stream()
                .filter(Files::isDirectory)
                .filter(directory -> reports.stream().noneMatch(report -> directory.equals(report.getParent())))
                .toList();
    }

    /**
     * Whether a file found in a directory is taken for a report: a {@code .yaml} or {@code .yml} file, but not the
     * rule settings ({@value RuleSettings#FILE_NAME}) that sit beside the reports.
     */
    public static boolean isReportName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.equals(RuleSettings.FILE_NAME);
    }

    /** An I/O failure in a few words: {@code AccessDenied /x/y}, {@code FileAlreadyExists afile}, or its message. */
    public static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        if (e.getMessage() == null) {
            return kind;
        }
        return kind.equals("IO") ? e.getMessage() : kind + " " + e.getMessage();
    }
}
