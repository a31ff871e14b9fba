package cn.zfxxgk.report.files;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    private AtomicFiles() {}

    /**
     * Writes every document or none: all go to temporary files first, and only when all of them are complete are they
     * moved over their targets, so a failure (a full disk, a read-only file) leaves every previous output as it was.
     * The previous version of each target is kept aside until every move has succeeded: when a later move fails (a
     * Windows user has the .docx open in WPS), the documents already moved are put back as they were, and the targets
     * that did not exist before are removed again.
     */
    public static void writeAll(Map<Path, byte[]> documents) throws IOException {
        for (Path target : documents.keySet()) {
            if (Files.exists(target)
                    && Files.getFileStore(target.toAbsolutePath().getParent())
                            .supportsFileAttributeView(PosixFileAttributeView.class)
                    && !Files.getPosixFilePermissions(target).contains(PosixFilePermission.OWNER_WRITE)) {
                throw new IOException(target + " is read-only");
            }
        }
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        Map<Path, Path> previous =
                new LinkedHashMap<>(); // target -> its last version, kept aside; null: there was none
        try {
            for (Map.Entry<Path, byte[]> document : documents.entrySet()) {
                Path target = document.getKey();
                Path directory = target.toAbsolutePath().getParent();
                Files.createDirectories(directory);
                cleanStale(directory);
                Path temporary = temporaryIn(directory);
                temporaries.put(target, temporary);
                Files.write(temporary, document.getValue());
                readableByAll(temporary, target);
            }
            for (Path target : temporaries.keySet()) {
                previous.put(target, Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? keepAside(target) : null);
            }
            List<Path> moved = new ArrayList<>();
            try {
                for (Map.Entry<Path, Path> move : temporaries.entrySet()) {
                    replace(move.getValue(), move.getKey());
                    moved.add(move.getKey());
                }
            } catch (IOException e) {
                restore(moved, previous, e);
                throw e;
            }
        } finally {
            for (Path temporary : temporaries.values()) {
                Files.deleteIfExists(temporary);
                PENDING.remove(temporary);
            }
            for (Path kept : previous.values()) {
                if (kept != null) {
                    Files.deleteIfExists(kept);
                    PENDING.remove(kept);
                }
            }
        }
    }

    /** A new, empty temporary file in {@code directory}, deleted if this run must stop. */
    private static Path temporaryIn(Path directory) throws IOException {
        Path temporary = Files.createTempFile(directory, PREFIX, SUFFIX);
        PENDING.add(temporary);
        return temporary;
    }

    /**
     * A copy of {@code target} as it is now, beside it: a second link to the same file where the file system has
     * links (nothing is copied, and the move over the target leaves it untouched), else a copy of its bytes.
     */
    private static Path keepAside(Path target) throws IOException {
        Path kept = temporaryIn(target.toAbsolutePath().getParent());
        try {
            Files.delete(kept);
            Files.createLink(kept, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(target, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return kept;
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Puts back what the targets in {@code moved} were before: the version kept aside, or nothing where there was
     * none. What cannot be put back is added to {@code failure}, naming the file, so the message never claims more
     * than is true.
     */
    private static void restore(List<Path> moved, Map<Path, Path> previous, IOException failure) {
        for (Path target : moved) {
            try {
                Path kept = previous.get(target);
                if (kept == null) {
                    Files.deleteIfExists(target);
                } else {
                    replace(kept, target);
                    PENDING.remove(kept);
                }
            } catch (IOException e) {
                failure.addSuppressed(new NotPutBack(target, e));
            }
        }
    }

    /** A document that a failed {@link #writeAll} had replaced and could not put back as it was. */
    public static final class NotPutBack extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path target;

        NotPutBack(Path target, IOException cause) {
            super(target + " could not be put back as it was", cause);
            this.target = target;
        }

        /** The document that is now the new version, not the previous one (or there although it was not before). */
        public Path target() {
            return target;
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
        return name.startsWith(PREFIX)
                && name.endsWith(SUFFIX)
                && name.substring(PREFIX.length(), name.length() - SUFFIX.length())
                        .matches("\\d+");
    }

    /** Deletes, once per run and directory, the engine's temporary files left there by runs that were killed. */
    private static void cleanStale(Path directory) {
        if (!CLEANED.add(directory)) {
            return;
        }
        Instant before = Instant.ofEpochMilli(
                        ManagementFactory.getRuntimeMXBean().getStartTime())
                .minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                if (isTemporary(file.getFileName().toString())
                        && Files.isRegularFile(file)
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
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
