package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Things some tests need from the machine. Locally a missing one skips the test with a message saying what to
 * install; in CI ({@code CI=true}) it fails the test, so a check is never skipped silently where it must run.
 */
public final class Requirements {

    /** Debian's fonts-arphic-gbsn00lp (宋), fonts-arphic-gkai00mp (楷) and fonts-wqy-zenhei (黑). */
    public static final Path SUNG = Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");

    public static final Path KAI = Path.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf");
    public static final Path HEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    /** Debian's fonts-cantarell: an OpenType font with CFF outlines. */
    public static final Path CFF = Path.of("/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf");

    private Requirements() {}

    /** Requires every one of {@code files}, installed by the Debian package {@code packageName}. */
    public static void require(String packageName, Path... files) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                String message = file + " is missing: install it with 'apt-get install " + packageName + "'";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(message + " (CI=true: a missing tool is a failure)");
                }
                Assumptions.abort(message);
            }
        }
    }

    /** Requires the three Debian CJK fonts. */
    public static void requireDebianCjkFonts() {
        require("fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-zenhei", SUNG, KAI, HEI);
    }
}
