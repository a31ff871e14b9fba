package cn.zfxxgk.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes a file so that a reader sees either the previous good version or the complete new one, never a half-written
 * file: the bytes go to a temporary file beside the target, which is then moved over it.
 */
final class AtomicFiles {

    private AtomicFiles() {
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

    /**
     * Writes every document or none: all go to temporary files first, and only when all of them are complete are they
     * moved over their targets, so a failure (a full disk, a read-only file) leaves every previous output as it was.
     */
    static void writeAll(Map<Path, byte[]> documents) throws IOException {
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
                Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
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
            }
        }
    }
}
