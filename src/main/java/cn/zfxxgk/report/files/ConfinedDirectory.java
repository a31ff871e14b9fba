package cn.zfxxgk.report.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A directory whose files are found by name without ever leaving it: a name with {@code ..} or an absolute name is
 * refused, and so is a file that is a link (or sits behind one) leading out of the directory — whatever the link points
 * at, a system file or another user's template, is neither read nor named. Links that stay inside are followed.
 */
public final class ConfinedDirectory {

    /** A name or link that leads out of the directory. */
    public static final class Outside extends IOException {
        private static final long serialVersionUID = 1L;

        Outside(String message) {
            super(message);
        }
    }

    private final Path given;
    private final Path directory;

    /** The directory {@code directory} (which should exist). */
    public ConfinedDirectory(Path directory) {
        this.given = directory;
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The directory as it was given (for messages). */
    public Path path() {
        return given;
    }

    /**
     * The entry called {@code name} (a file or a directory), or empty when there is none.
     *
     * @throws Outside when the name, or a link on the way to it, leads out of the directory
     * @throws IOException when the directory cannot be read
     */
    public Optional<Path> find(String name) throws IOException {
        Path candidate = directory.resolve(name).normalize();
        Path shown = given.resolve(name).normalize();
        if (!candidate.startsWith(directory) || candidate.equals(directory)) {
            throw new Outside("'" + name + "' leads outside the directory " + given);
        }
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.exists(candidate)) {
            throw new Outside("'" + name + "' is a link to nothing in " + given);
        }
        Path real = candidate.toRealPath();
        if (!real.startsWith(directory.toRealPath())) {
            throw new Outside("'" + name + "' is a link that leads outside the directory " + given);
        }
        return Optional.of(shown);
    }
}
