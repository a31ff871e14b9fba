package cn.zfxxgk.report.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the browser scripts of {@code src/test/browser} (Node.js, puppeteer-core and axe-core from the committed
 * package-lock) in Debian's headless Chromium. Locally a missing Chromium or Node.js skips the test with what to
 * install; with {@code CI=true} it fails it. The npm packages are installed with {@code npm ci} when missing.
 */
public final class Browser {

    /** The scripts and their package.json / package-lock.json. */
    public static final Path SCRIPTS = Path.of("src/test/browser").toAbsolutePath();

    private Browser() {}

    /** Chromium ({@code CHROMIUM} or /usr/bin/chromium) and Node.js with the scripts' packages, or the test stops. */
    public static void require() {
        Path chromium = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            missing(chromium + " is missing: install it with 'apt-get install chromium'");
        }
        if (onPath("node").isEmpty() || onPath("npm").isEmpty()) {
            missing("node and npm are missing: install Node.js 18 or later (Debian: 'apt-get install nodejs npm')");
        }
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules/puppeteer-core"))
                || !Files.isDirectory(SCRIPTS.resolve("node_modules/axe-core"))) {
            Result install = run(List.of(onPath("npm").orElseThrow().toString(), "ci", "--no-audit", "--no-fund"), 600);
            assertEquals(0, install.exit(), () -> "npm ci in " + SCRIPTS + " failed:\n" + install.output());
        }
    }

    private static void missing(String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " (CI=true: a missing tool is a failure)");
        }
        Assumptions.abort(message);
    }

    private static Optional<Path> onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** How a script ended: its exit code, standard output, and standard error. */
    public record Result(int exit, String output, String errors) {}

    /** Runs {@code node SCRIPT args…} in {@link #SCRIPTS}, at most {@code seconds}. */
    public static Result node(String script, List<String> args, int seconds) {
        List<String> command = new ArrayList<>(List.of(
                onPath("node").orElseThrow().toString(), SCRIPTS.resolve(script).toString()));
        command.addAll(args);
        return run(command, seconds);
    }

    private static Result run(List<String> command, int seconds) {
        try {
            Path out = Files.createTempFile("browser", ".out");
            Path err = Files.createTempFile("browser", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .directory(SCRIPTS.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish within " + seconds + " s:\n"
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
