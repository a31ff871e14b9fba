package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.files.InputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Imports files one after another (a directory gives its .html, .htm, .docx, .pdf, .doc and .wps files in name order)
 * and writes each YAML whole or not at all: to a temporary file first, moved into place when complete; an existing
 * YAML is kept unless replacing it was asked for.
 */
public final class ImportBatch {

    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "shtml", "xhtml", "docx", "pdf", "doc", "wps");

    /** What a batch came to: the exit code of the command (0 complete, 1 something 缺失 or refused, 2 agency/year). */
    public record Summary(int exitCode) {
    }

    private ImportBatch() {
    }

    /** The files of {@code inputs}: files as given, the reports inside directories. */
    public static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (var list = Files.list(input)) {
                    list.filter(p -> EXTENSIONS.contains(extension(p))).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /**
     * Imports {@code files}. With {@code output} null nothing is written (the caller prints the YAML); with
     * {@code intoDirectory} each goes to {@code output/NAME.yaml} (the current directory when {@code output} is null),
     * otherwise to the file {@code output}. {@code done} receives each result and the file written (or null);
     * {@code notices} one-line messages about writing.
     */
    /** The largest published report read: a PDF with scanned seals and photos runs to tens of MB. */
    static final long MAX_SOURCE = 128L * 1024 * 1024;

    public static Summary run(List<Path> files, Importer.Options options, Path output, boolean intoDirectory,
            boolean force, BiConsumer<Importer.Result, Path> done, Consumer<String> notices) {
        int exit = 0;
        for (Path file : files) {
            String source = FileNames.display(file);
            byte[] bytes;
            try {
                bytes = InputFiles.read(file, MAX_SOURCE);
            } catch (InputFiles.Refused e) {
                notices.accept(source + ": " + switch (e.refusal()) {
                    case MISSING -> "file not found";
                    case NOT_A_FILE -> "is not a regular file (a directory, a device or a pipe)";
                    case TOO_LARGE -> "is " + InputFiles.describeSize(e.size()) + " large";
                } + "; expected a published report (.html, .docx or .pdf) of at most "
                        + InputFiles.describeSize(MAX_SOURCE));
                exit = Math.max(exit, 1);
                continue;
            } catch (IOException e) {
                notices.accept(source + ": cannot be read: " + e.getMessage() + "; expected a readable file");
                exit = Math.max(exit, 1);
                continue;
            }
            Importer.Result result = Importer.read(bytes, file.getFileName().toString(), source, options);
            Path target = null;
            if (result.yaml().isPresent() && (output != null || intoDirectory)) {
                target = intoDirectory ? (output == null ? Path.of("") : output).resolve(baseName(file) + ".yaml")
                        : output;
                if (Files.exists(target) && !force) {
                    notices.accept(FileNames.display(target) + ": already exists; expected a new file name, or "
                            + "--force to replace it");
                    done.accept(result, null);
                    exit = Math.max(exit, 1);
                    continue;
                }
                try {
                    write(target, result.yaml().get());
                } catch (IOException e) {
                    notices.accept(FileNames.display(target) + ": cannot be written: " + e.getMessage()
                            + "; expected a writable place");
                    done.accept(result, null);
                    exit = Math.max(exit, 1);
                    continue;
                }
            }
            done.accept(result, target);
            exit = Math.max(exit, switch (result.outcome()) {
                case COMPLETE -> 0;
                case INCOMPLETE, REFUSED -> 1;
                case NEEDS_AGENCY_OR_YEAR -> 2;
            });
        }
        return new Summary(exit);
    }

    private static void write(Path target, String yaml) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, yaml, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
