package cn.zfxxgk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The four seed reports: their data files and, read independently of the data, the prose lines and value cells of the
 * published text (src/test/resources/seeds).
 */
public enum Seeds {
    BALIKUN_2023("balikun-2023", "2021"),
    GANGCHA_2023("gangcha-2023", "2021"),
    BALIKUN_2020("balikun-2020", "2019"),
    HUOCHENG_2023("huocheng-2023", "2021");

    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]+|\\d+)、.*");
    private static final Pattern VALUE = Pattern.compile("^(\\d+(\\.\\d+)?(（.*）)?|[增减] ?\\d+|\\d+万元)$");
    private static final String DEBRIS = "[bookmark: _GoBack]";

    private final String name;
    private final String format;

    Seeds(String name, String format) {
        this.name = name;
        this.format = format;
    }

    /** The base name, e.g. {@code balikun-2023}. */
    public String id() {
        return name;
    }

    /** The official format the report uses. */
    public String format() {
        return format;
    }

    /** The data file, relative to the project directory. */
    public Path data() {
        return Path.of("data", name + ".yaml");
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(Path.of("src/test/resources/seeds", name + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean tabular() {
        return this == BALIKUN_2023 || this == HUOCHENG_2023;
    }

    /** The published lines outside the tables: title, paragraphs, headings, signature, page number, in order. */
    public List<String> proseLines() {
        List<String> prose = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines()) {
            String text = line.strip();
            if (tabular()) {
                if (line.startsWith("\t") || line.startsWith(" \t")) {
                    inTable = true;
                    continue;
                }
                if (inTable && !HEADING.matcher(text).matches()) {
                    continue;
                }
                inTable = false;
            } else if (line.contains("|")) {
                continue;
            }
            if (!text.isEmpty()) {
                prose.add(text);
            }
        }
        return prose;
    }

    /** The value cells of the three tables as published, in reading order (extraction debris removed). */
    public List<String> valueCells() {
        List<String> values = new ArrayList<>();
        for (String line : lines()) {
            boolean cell = tabular() ? line.startsWith("\t") || line.startsWith(" \t") : line.contains("|");
            if (!cell) {
                continue;
            }
            String text = line.replace(DEBRIS, "")
                    .replace("|", "")
                    .replace('\u00A0', ' ')
                    .strip();
            if (VALUE.matcher(text).matches()) {
                values.add(text);
            }
        }
        return values;
    }
}
