package cn.zfxxgk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every real published report the tests typeset: the four seeds in {@code data/}, the excerpts of published reports
 * transcribed in {@code src/test/resources/reports/} and the whole reports in {@code src/test/resources/reports/full/}
 * (each file names its source).
 */
public final class RealReports {

    /** Where the transcribed reports are: excerpts, as the search tool gave them (see the README there). */
    public static final Path TRANSCRIBED = Path.of("src/test/resources/reports");

    /** Whole reports, tables and all, transcribed from other projects' text extractions (see the README there). */
    public static final Path WHOLE = TRANSCRIBED.resolve("full");

    private RealReports() {}

    /** The data files of every real report, seeds first. */
    public static List<Path> all() {
        List<Path> files = new ArrayList<>();
        for (Seeds seed : Seeds.values()) {
            files.add(seed.data());
        }
        files.addAll(transcribed());
        files.addAll(yamlFiles(WHOLE));
        return files;
    }

    /** The transcribed reports, by file name. */
    public static List<Path> transcribed() {
        return yamlFiles(TRANSCRIBED);
    }

    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code data/balikun-2023.yaml} → {@code balikun-2023}. */
    public static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
