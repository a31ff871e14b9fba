package cn.zfxxgk.report.files;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files so that a reader sees either the previous good version or the complete new one, never a half-written
 * file: the bytes go to a temporary file beside the target, which is then moved over it.
 *
 * <p>Temporary files are named {@code .gen-NNNN.tmp} whatever the target (so a long report name still fits the file
 * system's 255 bytes). A run that is killed while writing may leave one behind; the next run that writes into the same
 * directory deletes those it finds that are older than itself, and a run told that it must stop at once
 * ({@link #abandon}) deletes its own first.
 */
public final class AtomicFiles {

    private static final String PREFIX = ".gen-";
    private static final String SUFFIX = ".tmp";
    /** A temporary file this much older than the run cannot belong to a run still writing (that takes milliseconds). */
    private static final Duration STALE = Duration.ofSeconds(10);

    /** The temporary files being written now, by every thread of this run. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    /** The directories whose stale temporary files this run has already cleaned. */
    private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();

    private AtomicFiles() {
    }

    /**
     * Writes every document or none: all go to temporary files first, and only when all of them are complete are they
     * moved over their targets, so a failure (a full disk, a read-only file) leaves every previous output as it was.
     */
    public static void writeAll(Map<Path, byte[]> documents) throws IOException {
        for (Path target : documents.keySet()) {
            if (Files.exists(target) && Files.getFileStore(target.toAbsolutePath().getParent())
                    .supportsFileAttributeView(PosixFileAttributeView.class)
                    && !Files.getPosixFilePermissions(target).contains(PosixFilePermission.OWNER_WRITE)) {
                throw new IOException(target + " is read-only");
            }
        }
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> document : documents.entrySet()) {
                Path target = document.getKey();
                Path directory = target.toAbsolutePath().getParent();
                Files.createDirectories(directory);
                cleanStale(directory);
                Path temporary = Files.createTempFile(directory, PREFIX, SUFFIX);
                PENDING.add(temporary);
                temporaries.put(target, temporary);
                Files.write(temporary, document.getValue());
                readableByAll(temporary, target);
            }
            for (Map.Entry<Path, Path> move : temporaries.entrySet()) {
                try {
                    Files.move(move.getValue(), move.getKey(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(move.getValue(), move.getKey(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            for (Path temporary : temporaries.values()) {
                Files.deleteIfExists(temporary);
                PENDING.remove(temporary);
            }
        }
    }

    /**
     * Deletes the temporary files this run is writing, for a run that must stop now (its parent process is gone): what
     * was not moved into place by now never will be, and nothing is left behind.
     */
    public static void abandon() {
        for (Path temporary : PENDING) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the next run in that directory cleans it
            }
        }
    }

    /** Whether {@code name} is the name of one of the engine's temporary files. */
    static boolean isTemporary(String name) {
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX)
                && name.substring(PREFIX.length(), name.length() - SUFFIX.length()).matches("\\d+");
    }

    /** Deletes, once per run and directory, the engine's temporary files left there by runs that were killed. */
    private static void cleanStale(Path directory) {
        if (!CLEANED.add(directory)) {
            return;
        }
        Instant before = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()).minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                if (isTemporary(file.getFileName().toString()) && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // not ours to worry about: writing goes on, and the next run tries again
        }
    }

    /** Temporary files are private (0600); a published document is not: keep the old file's mode, else rw-r--r--. */
    private static void readableByAll(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
