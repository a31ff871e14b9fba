package cn.zfxxgk.report.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file the user named, refusing before a byte is read what cannot be one: a missing file, a directory, a device
 * such as {@code /dev/zero}, a pipe, or a file larger than the caller's limit (a 3 GB file is refused at once instead of
 * filling the memory). The read itself is bounded too, so a file that grows while it is read cannot get past the limit.
 */
public final class InputFiles {

    /** Why a file was refused; the caller words the message in its own terms. */
    public enum Refusal {
        /** There is no such file. */
        MISSING,
        /** It is a directory, a device, a pipe or a socket. */
        NOT_A_FILE,
        /** It is larger than the limit. */
        TOO_LARGE
    }

    /** A file refused before (or while) it was read. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        private final Refusal refusal;
        private final long size;

        Refused(Refusal refusal, long size, String message) {
            super(message);
            this.refusal = refusal;
            this.size = size;
        }

        public Refusal refusal() {
            return refusal;
        }

        /** The file's size in bytes when it was refused as too large (at least the limit + 1), else 0. */
        public long size() {
            return size;
        }
    }

    private InputFiles() {}

    /**
     * The bytes of {@code file}, at most {@code limit} of them.
     *
     * @throws Refused when the file is missing, is not a regular file, or is larger than {@code limit}
     * @throws IOException when it cannot be read
     */
    public static byte[] read(Path file, long limit) throws IOException {
        check(file, limit);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
        } catch (NoSuchFileException e) {
            throw new Refused(Refusal.MISSING, 0, file + " does not exist");
        }
        if (bytes.length > limit) {
            throw new Refused(Refusal.TOO_LARGE, bytes.length, file + " is larger than " + limit + " bytes");
        }
        return bytes;
    }

    /** Refuses {@code file} as {@link #read} would, without reading it. */
    public static void check(Path file, long limit) throws IOException {
        if (!Files.exists(file)) {
            throw new Refused(Refusal.MISSING, 0, file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused(Refusal.NOT_A_FILE, 0, file + " is not a regular file");
        }
        long size = Files.size(file);
        if (size > limit) {
            throw new Refused(Refusal.TOO_LARGE, size, file + " is larger than " + limit + " bytes");
        }
    }

    /** {@code bytes} for a person: {@code 1500 MB}, {@code 3 KB}, {@code 12 bytes}. */
    public static String describeSize(long bytes) {
        if (bytes >= 1024L * 1024) {
            return bytes / (1024L * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
