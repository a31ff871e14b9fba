package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PDFs of report files rendered once per test run and shared by the test classes that read them back, each with the
 * templates it was made from: typesetting the same report again for every class would cost the suite most of its
 * time. One engine per template directory, as a run of {@code gen.jar} has one.
 */
public final class RenderedPdfs {

    private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();
    private static final Map<Path, ReportEngine> ENGINES = new ConcurrentHashMap<>();
    private static final Path OUTPUT;

    static {
        try {
            OUTPUT = Files.createTempDirectory("rendered-pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ENGINES.values().forEach(engine -> {
                try {
                    engine.close();
                } catch (IOException e) {
                    // the JVM is exiting: nothing left to tell
                }
            });
            OUTPUT.toFile().delete();
        }));
    }

    private RenderedPdfs() {}

    /** The PDF of {@code data} made with the templates in {@code templates}. */
    public static byte[] of(Path data, Path templates) {
        String key = data.toAbsolutePath().normalize() + "|"
                + templates.toAbsolutePath().normalize();
        return RENDERED.computeIfAbsent(
                key, k -> render(data, templates.toAbsolutePath().normalize()));
    }

    /** The PDF of {@code data} made with the project's templates. */
    public static byte[] of(Path data) {
        return of(data, Path.of("templates"));
    }

    private static byte[] render(Path data, Path templates) {
        ReportEngine engine = ENGINES.computeIfAbsent(templates, t -> {
            try {
                return new ReportEngine(new ReportEngine.Options(OUTPUT, EnumSet.of(OutputFormat.PDF), false, t));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            synchronized (ENGINES) { // one report at a time per engine (the engine locks itself: not on it)
                ReportEngine.Result result = engine.generate(data, data.toString());
                assertFalse(result.failed(), () -> "problems: " + result.problems());
                Path pdf = OUTPUT.resolve(ReportEngine.baseName(data) + ".pdf");
                byte[] bytes = Files.readAllBytes(pdf);
                Files.delete(pdf);
                return bytes;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
