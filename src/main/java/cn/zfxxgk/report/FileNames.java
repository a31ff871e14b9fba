package cn.zfxxgk.report;

import java.nio.file.Path;

/** How files are named in messages: as the user would write them, relative to where the command runs. */
public final class FileNames {

    private FileNames() {
    }

    /** {@code path} relative to the working directory when it is below it, else absolute. */
    public static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
