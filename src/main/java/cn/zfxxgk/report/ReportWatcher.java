package cn.zfxxgk.report;

import cn.zfxxgk.report.problem.Problem;
import cn.zfxxgk.report.template.Templates;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Re-renders one report whenever its YAML or a template changes, printing one line per render (the time, what was
 * written or how many problems, how long it took) and the problems themselves. Each render starts from a fresh engine,
 * so edited templates and fonts are read again.
 */
public final class ReportWatcher {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Editors save in several steps (write a temporary file, rename it); wait for them to settle. */
    private static final long SETTLE_MILLIS = 150;

    private final ReportEngine.Options options;
    private final Path file;
    private final String displayName;
    private final Consumer<String> out;

    /** A watcher of {@code file} (named {@code displayName} in messages) printing to {@code out}. */
    public ReportWatcher(ReportEngine.Options options, Path file, String displayName, Consumer<String> out) {
        this.options = options;
        this.file = file.toAbsolutePath().normalize();
        this.displayName = displayName;
        this.out = out;
    }

    /** Renders now and after every change until {@code stop} says so (checked a few times a second). */
    public void run(BooleanSupplier stop) throws IOException {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            register(watch, file.getParent());
            Path templates = options.templateDirectory();
            if (templates != null && Files.isDirectory(templates)) {
                register(watch, templates.toAbsolutePath().normalize());
            }
            render();
            while (!stop.getAsBoolean()) {
                WatchKey key;
                try {
                    key = watch.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ClosedWatchServiceException e) {
                    return;
                }
                if (key == null) {
                    continue;
                }
                boolean relevant = relevant(key);
                key.reset();
                if (relevant) {
                    settle(watch);
                    render();
                }
            }
        }
    }

    private static void register(WatchService watch, Path directory) throws IOException {
        directory.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
    }

    /**
     * Whether the events concern the report or a template — not another YAML file beside it, not the documents this
     * watcher writes (even into the template directory), not an editor's lock or backup file.
     */
    private boolean relevant(WatchKey key) {
        Path directory = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path changed = directory.resolve(name);
                if (changed.equals(file) || (!directory.equals(file.getParent()) || isTemplateDirectory(directory))
                        && isTemplate(name.toString())) {
                    return true;
                }
            } else {
                return true; // overflow: something changed, render to be safe
            }
        }
        return false;
    }

    private boolean isTemplateDirectory(Path directory) {
        Path templates = options.templateDirectory();
        return templates != null && directory.equals(templates.toAbsolutePath().normalize());
    }

    /** A file the templates are made of: the built-in names and FreeMarker files an edited template may include. */
    private static boolean isTemplate(String name) {
        return Templates.BUILT_IN.contains(name) || name.endsWith(".ftl") || name.endsWith(".ftlh")
                || name.endsWith(".ftlx");
    }

    private static void settle(WatchService watch) {
        try {
            Thread.sleep(SETTLE_MILLIS);
            WatchKey more;
            while ((more = watch.poll()) != null) {
                more.pollEvents();
                more.reset();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void render() {
        long start = System.nanoTime();
        ReportEngine.Result result;
        try (ReportEngine engine = new ReportEngine(options)) {
            result = engine.generate(file, displayName);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // whatever one render does, the watcher goes on to the next save
            out.accept(LocalTime.now().format(CLOCK) + " " + displayName + ": failed: " + e);
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Problem> problems = result.problems();
        long errors = problems.stream().filter(Problem::isError).count();
        String what = result.failed()
                ? errors + (errors == 1 ? " error" : " errors") + ", nothing written"
                : "wrote " + String.join(", ", result.written().stream().map(Path::toString).toList())
                        + (problems.isEmpty() ? "" : " (" + problems.size()
                                + (problems.size() == 1 ? " warning)" : " warnings)"));
        out.accept(LocalTime.now().format(CLOCK) + " " + displayName + ": " + what + " in " + millis + " ms");
        problems.forEach(p -> out.accept("  " + p));
    }
}
