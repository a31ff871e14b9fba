package cn.zfxxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code gen.jar}, run as a user runs it: {@code java -jar gen.jar …}, in a separate JVM. */
class GenJarIT {

    private static final Path JAR =
            Path.of(System.getProperty("gen.jar", "gen.jar")).toAbsolutePath();

    /** How a run of gen.jar ended; {@code secondJvm} whether the fast start's second JVM was seen running. */
    private record Run(int exit, String out, String err, boolean secondJvm) {}

    private static Run run(Path directory, String... args) throws IOException, InterruptedException {
        return run(directory, Map.of(), args);
    }

    private static Run run(Path directory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        Process process = builder.start();
        // the streams are read on threads of their own, so the time limit below can fire while gen.jar still writes
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        boolean secondJvm = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && System.nanoTime() < deadline) {
            secondJvm |= process.toHandle()
                    .children()
                    .anyMatch(child -> child.info()
                            .arguments()
                            .map(arguments -> List.of(arguments).contains(FastStart.QUICK_COMPILER_ONLY))
                            .orElse(false));
            Thread.sleep(10);
        }
        if (process.isAlive()) {
            process.destroyForcibly();
            fail("gen.jar did not finish within 60 s");
        }
        return new Run(
                process.exitValue(),
                new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8),
                secondJvm);
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void rendersTheFourSeedsFromTheProjectDirectory(@TempDir Path output) throws Exception {
        Run run = run(
                Path.of("").toAbsolutePath(),
                "-o",
                output.toString(),
                "data/balikun-2023.yaml",
                "data/gangcha-2023.yaml",
                "data/balikun-2020.yaml",
                "data/huocheng-2023.yaml");
        assertEquals(0, run.exit(), run.err());
        for (String name : List.of("balikun-2023", "gangcha-2023", "balikun-2020", "huocheng-2023")) {
            String html = Files.readString(output.resolve(name + ".html"), StandardCharsets.UTF_8);
            assertTrue(html.contains("<table class=\"form"), name);
        }
        assertTrue(
                run.out().matches("(?s).*\n4 reports: 4 written \\(2 with warnings\\), 0 failed; \\d+\\.\\d s\n"),
                run.out());
    }

    @Test
    void worksFromAnyDirectoryWithTheBuiltInTemplates(@TempDir Path elsewhere) throws Exception {
        Path data = Path.of("data/gangcha-2023.yaml").toAbsolutePath();
        Run run = run(elsewhere, data.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(elsewhere.resolve("output/gangcha-2023.html"), StandardCharsets.UTF_8)
                .contains("刚察县人民政府办公室"));
    }

    @Test
    void sourceDateEpochDatesThePdf(@TempDir Path output) throws Exception {
        Run run = run(
                Path.of("").toAbsolutePath(),
                Map.of("SOURCE_DATE_EPOCH", "1700000000"),
                "-d",
                "pdf",
                "-o",
                output.toString(),
                "data/gangcha-2023.yaml");
        assertEquals(0, run.exit(), run.err());
        try (var pdf = Loader.loadPDF(output.resolve("gangcha-2023.pdf").toFile())) {
            assertEquals(
                    1_700_000_000_000L,
                    pdf.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
    }

    @Test
    void aBrokenFileGivesExitOneAndNoStackTrace(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("bad.yaml"), "format: 2021\nagency: x\nyear: 2023\nsections: [\n");
        Run run = run(directory, "bad.yaml");
        assertEquals(1, run.exit());
        assertTrue(
                run.err().startsWith("bad.yaml:4:11: error: YAML syntax error: the '[' opened here is not closed; "),
                run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
        assertTrue(!Files.exists(directory.resolve("output/bad.html")));
    }

    @Test
    void theFastStartWritesTheSameBytesAsARunInOneJvm(@TempDir Path output) throws Exception {
        Path data = Path.of("data/balikun-2023.yaml").toAbsolutePath();
        Run fast =
                run(Path.of("").toAbsolutePath(), "-o", output.resolve("fast").toString(), data.toString());
        Run here = run(
                Path.of("").toAbsolutePath(),
                Map.of("GEN_FAST_START", "false"),
                "-o",
                output.resolve("here").toString(),
                data.toString());
        assertEquals(0, fast.exit(), fast.err());
        assertTrue(fast.secondJvm(), "the fast start ran the report in a second JVM");
        assertFalse(here.secondJvm(), "GEN_FAST_START=false keeps it in one");
        assertEquals(fast.out().replace("/fast/", "/here/"), here.out());
        assertEquals(fast.err(), here.err());
        for (String document : List.of("balikun-2023.html", "balikun-2023.pdf", "balikun-2023.docx")) {
            assertArrayEquals(
                    Files.readAllBytes(output.resolve("here").resolve(document)),
                    Files.readAllBytes(output.resolve("fast").resolve(document)),
                    document);
        }
    }

    @Test
    void aMalformedSourceDateEpochStopsTheRun(@TempDir Path output) throws Exception {
        Run run = run(
                Path.of("").toAbsolutePath(),
                Map.of("SOURCE_DATE_EPOCH", "999999999999"),
                "-o",
                output.toString(),
                "data/gangcha-2023.yaml");
        assertEquals(2, run.exit(), run.err());
        assertTrue(
                run.err()
                        .startsWith("SOURCE_DATE_EPOCH '999999999999' is not a date the documents can carry; "
                                + "expected whole seconds since 1970-01-01 UTC, at most 253402300799 (the end of the year 9999), or no "
                                + "SOURCE_DATE_EPOCH at all\n"),
                run.err());
        assertTrue(Files.list(output).findAny().isEmpty(), "nothing written");
    }

    @Test
    void killingGenAlsoEndsItsSecondJvmAndNothingIsWrittenAfterwards(@TempDir Path work) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "-o",
                work.resolve("out").toString()));
        for (int i = 0; i < 24; i++) { // enough work to be killed in the middle of it
            Path copy = work.resolve("report-" + i + ".yaml");
            Files.copy(Path.of("data/balikun-2023.yaml"), copy);
            command.add(copy.toString());
        }
        Process gen = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        ProcessHandle second = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (second == null && System.nanoTime() < deadline) {
            second = gen.toHandle().children().findFirst().orElse(null);
            Thread.sleep(20);
        }
        assertTrue(second != null, "the fast start began a second JVM");
        Thread.sleep(1500); // well into the work
        gen.destroyForcibly(); // SIGKILL: no shutdown hook runs in the first JVM
        assertTrue(gen.waitFor(10, TimeUnit.SECONDS));
        ProcessHandle orphan = second;
        assertTrue(
                orphan.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).get() != null && !orphan.isAlive(),
                "the second JVM ended with the first");
        List<String> afterKill = listing(work.resolve("out"));
        Thread.sleep(3000);
        assertEquals(afterKill, listing(work.resolve("out")), "nothing written after the kill");
        assertTrue(afterKill.stream().noneMatch(name -> name.endsWith(".tmp")), "no temporary file left: " + afterKill);
        assertTrue(afterKill.size() < 72, "killed before the end: " + afterKill.size() + " documents");
    }

    private static List<String> listing(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
