package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.files.InputFiles;
import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Severity;
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

    /**
     * What a batch came to: how many files were imported complete, imported with 缺失 to fill in, stopped for want of
     * {@code --agency} or {@code --year}, and not imported (refused, unreadable, or their YAML not written); and the
     * exit code of the command (0 complete, 1 something 缺失 or not imported, 2 agency or year needed).
     */
    public record Summary(int complete, int incomplete, int needAgencyOrYear, int notImported) {

        /** The exit code: the worst of the files, 2 for agency or year over 1 for 缺失 or not imported over 0. */
        public int exitCode() {
            return needAgencyOrYear > 0 ? 2 : incomplete + notImported > 0 ? 1 : 0;
        }

        /** The line printed after several files, in both languages. */
        public Message message() {
            return ImportMessages.summary(complete, incomplete, needAgencyOrYear, notImported);
        }
    }

    private ImportBatch() {}

    /**
     * An error for each directory of {@code inputs} that holds no published report: the user expected reports there,
     * so it is named rather than passed over.
     */
    public static List<Finding> emptyDirectories(List<Path> inputs) throws IOException {
        List<Finding> empty = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input) && files(List.of(input)).isEmpty()) {
                empty.add(error(FileNames.display(input), ImportMessages.noReports()));
            }
        }
        return empty;
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

    /** The largest published report read: a PDF with scanned seals and photos runs to tens of MB. */
    static final long MAX_SOURCE = 128L * 1024 * 1024;

    /**
     * Imports {@code files}. With {@code output} null nothing is written (the caller prints the YAML); with
     * {@code intoDirectory} each goes to {@code output/NAME.yaml} (the current directory when {@code output} is null),
     * otherwise to the file {@code output}. {@code done} receives each result and the file written (or null);
     * {@code notices} the errors about a file that cannot be read or a YAML that cannot be written.
     */
    public static Summary run(
            List<Path> files,
            Importer.Options options,
            Path output,
            boolean intoDirectory,
            boolean force,
            BiConsumer<Importer.Result, Path> done,
            Consumer<Finding> notices) {
        int complete = 0;
        int incomplete = 0;
        int needAgencyOrYear = 0;
        int notImported = 0;
        for (Path file : files) {
            String source = FileNames.display(file);
            byte[] bytes;
            try {
                bytes = InputFiles.read(file, MAX_SOURCE);
            } catch (InputFiles.Refused e) {
                notices.accept(error(
                        source,
                        switch (e.refusal()) {
                            case MISSING -> ImportMessages.fileMissing();
                            case NOT_A_FILE -> ImportMessages.notAFile();
                            case TOO_LARGE ->
                                ImportMessages.fileTooLarge(
                                        InputFiles.describeSize(e.size()), InputFiles.describeSize(MAX_SOURCE));
                        }));
                notImported++;
                continue;
            } catch (IOException e) {
                notices.accept(error(source, ImportMessages.fileUnreadable(FileNames.describe(e))));
                notImported++;
                continue;
            }
            Importer.Result result = Importer.read(bytes, file.getFileName().toString(), source, options);
            Path target = null;
            if (result.yaml().isPresent() && (output != null || intoDirectory)) {
                target = intoDirectory
                        ? (output == null ? Path.of("") : output).resolve(baseName(file) + ".yaml")
                        : output;
                if (Files.exists(target) && !force) {
                    done.accept(result, null); // what was found in the source first, then why it is not written
                    notices.accept(error(FileNames.display(target), ImportMessages.outputExists()));
                    notImported++;
                    continue;
                }
                try {
                    write(target, result.yaml().get());
                } catch (IOException e) {
                    done.accept(result, null);
                    notices.accept(
                            error(FileNames.display(target), ImportMessages.outputUnwritable(FileNames.describe(e))));
                    notImported++;
                    continue;
                }
            }
            done.accept(result, target);
            switch (result.outcome()) {
                case COMPLETE -> complete++;
                case INCOMPLETE -> incomplete++;
                case NEEDS_AGENCY_OR_YEAR -> needAgencyOrYear++;
                case REFUSED -> notImported++;
            }
        }
        return new Summary(complete, incomplete, needAgencyOrYear, notImported);
    }

    private static Finding error(String file, Message message) {
        return new Finding(Severity.ERROR, file, Origin.FILE, message);
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
