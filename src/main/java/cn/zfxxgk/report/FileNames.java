package cn.zfxxgk.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files as the user gives and reads them: named in messages as the user would write them, relative to where the command
 * runs; a command line's report files found as every front end finds them.
 */
public final class FileNames {

    private FileNames() {
    }

    /** {@code path} relative to the working directory when it is below it, else absolute. */
    public static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /** The report files of {@code paths}: files as given, and the .yaml files inside a directory, in name order. */
    public static List<Path> reports(List<Path> paths) throws IOException {
        List<Path> reports = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (var list = Files.list(path)) {
                    list.filter(p -> p.getFileName().toString().endsWith(".yaml")
                            || p.getFileName().toString().endsWith(".yml")).sorted().forEach(reports::add);
                }
            } else {
                reports.add(path);
            }
        }
        return reports;
    }
}
