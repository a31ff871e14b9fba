package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.Requirements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice Writer as the tests run it: headless, with a profile of its own, converting many files in one start (each
 * start costs seconds). Missing, it skips the test with what to install, or fails it with {@code CI=true}.
 */
final class LibreOffice {

    static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private final Path profile;
    private final Map<String, String> environment;

    /** LibreOffice with its profile under {@code work} and {@code environment} added to its own. */
    LibreOffice(Path work, Map<String, String> environment) {
        Requirements.require("libreoffice-writer-nogui", SOFFICE);
        this.profile = work.resolve("libreoffice-profile");
        this.environment = Map.copyOf(environment);
    }

    /**
     * {@code files} converted {@code to} a format ({@code pdf}, or {@code docx:MS Word 2007 XML}) into
     * {@code directory}, in the order given; their names must differ.
     */
    List<Path> convert(List<Path> files, String to, Path directory) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        List<String> command = new ArrayList<>(List.of(
                SOFFICE.toString(),
                "--headless",
                "--norestore",
                "-env:UserInstallation=" + profile.toUri(),
                "--convert-to",
                to,
                "--outdir",
                directory.toString()));
        files.forEach(f -> command.add(f.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "soffice finished: " + log);
        List<Path> converted = new ArrayList<>();
        String extension = "." + to.replaceFirst(":.*", "");
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path output = directory.resolve(name.substring(0, name.lastIndexOf('.')) + extension);
            assertTrue(Files.isRegularFile(output), "soffice converted " + file + ": " + log);
            converted.add(output);
        }
        return converted;
    }
}
