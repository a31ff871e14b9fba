package cn.zfxxgk.report;

import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Message;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Re-renders one report whenever its YAML or a template changes, printing one line per render (the time, what was
 * written or how many problems, how long it took) and the problems themselves. Each render starts from a fresh engine,
 * so edited templates and fonts are read again. A template directory that appears after the start (an editor runs
 * {@code gen templates export templates} while watching) is watched from then on; a report file that goes away is
 * said to have gone, and rendered again when it comes back.
 */
public final class ReportWatcher {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Editors save in several steps (write a temporary file, rename it); wait for them to settle. */
    private static final long SETTLE_MILLIS = 150;

    private final ReportEngine.Options options;
    private final Path file;
    private final Path templates;
    private final String displayName;
    private final Language language;
    private final Consumer<String> out;
    private boolean templatesWatched;
    private BiConsumer<Set<OutputFormat>, ReportEngine.Result> rendered = (formats, result) -> {};
    private List<Set<OutputFormat>> stages;
    /** The number of the latest render. */
    private final AtomicLong renders = new AtomicLong();
    /**
     * The number of the latest render whose first stage succeeded: its later stages run and are handed on; those of an
     * earlier one are dropped. A failed render does not replace it, so the last good render still gets its PDF.
     */
    private final AtomicLong latestGood = new AtomicLong(-1);

    private ExecutorService later;
    private Function<Path, String> writtenName = Path::toString;

    /** A watcher of {@code file} (named {@code displayName} in messages) printing to {@code out} in English. */
    public ReportWatcher(ReportEngine.Options options, Path file, String displayName, Consumer<String> out) {
        this(options, file, displayName, Language.EN, out);
    }

    /** A watcher of {@code file} (named {@code displayName} in messages) printing to {@code out} in {@code language}. */
    public ReportWatcher(
            ReportEngine.Options options, Path file, String displayName, Language language, Consumer<String> out) {
        this.options = options;
        this.file = file.toAbsolutePath().normalize();
        this.templates = options.templateDirectory() == null
                ? null
                : options.templateDirectory().toAbsolutePath().normalize();
        this.displayName = displayName;
        this.language = language;
        this.out = out;
        this.stages = List.of(options.formats());
    }

    /**
     * Also hands every stage's formats and result to {@code listener} (on the thread that ran the stage, after its lines
     * are printed), as the preview server does to show the documents just written.
     */
    public ReportWatcher onRender(BiConsumer<Set<OutputFormat>, ReportEngine.Result> listener) {
        this.rendered = listener;
        return this;
    }

    /**
     * Renders each save in stages, one engine run per stage in this order, each handed to the listener as it ends, so
     * what is quick to make is shown before what takes long (the preview shows the HTML before the PDF is typeset). A
     * stage that fails ends that render. The first stage runs at once; the others run on a thread of their own, so a
     * save made meanwhile is rendered without waiting for them, and they are dropped (not printed, not handed on) once
     * a newer save has been rendered well (a save that fails leaves the last good one to finish). Without this, one
     * stage makes every format of the options.
     */
    public ReportWatcher inStages(List<Set<OutputFormat>> formats) {
        if (formats.isEmpty() || formats.stream().anyMatch(Set::isEmpty)) {
            throw new IllegalArgumentException("every stage makes at least one format: " + formats);
        }
        this.stages = List.copyOf(formats);
        return this;
    }

    /**
     * How each written document is named in the line printed after a render (default: its path), as the preview
     * names its formats instead of the temporary files nobody opens.
     */
    public ReportWatcher namingWritten(Function<Path, String> name) {
        this.writtenName = name;
        return this;
    }

    /** Renders now and after every change until {@code stop} says so (checked a few times a second). */
    public void run(BooleanSupplier stop) throws IOException {
        later = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gen-watch-later-stages");
            thread.setDaemon(true);
            return thread;
        });
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            register(watch, file.getParent());
            watchTemplates(watch);
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
                Change change = change(key);
                key.reset();
                if (change == Change.TEMPLATES_APPEARED) {
                    watchTemplates(watch);
                }
                if (change == Change.FILE_GONE) {
                    say(WatchMessages.gone(displayName));
                } else if (change != Change.NONE) {
                    settle(watch);
                    render();
                }
            }
        } finally {
            renders.incrementAndGet(); // a stage still running is out of date: nothing more is printed or handed on
            latestGood.set(-1);
            later.shutdownNow();
            try {
                later.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Watches the template directory when it exists, and its parent until it does. */
    private void watchTemplates(WatchService watch) throws IOException {
        if (templates == null || templatesWatched) {
            return;
        }
        if (Files.isDirectory(templates)) {
            register(watch, templates);
            templatesWatched = true;
        } else if (templates.getParent() != null
                && Files.isDirectory(templates.getParent())
                && !templates.getParent().equals(file.getParent())) {
            register(watch, templates.getParent());
        }
    }

    private static void register(WatchService watch, Path directory) throws IOException {
        directory.register(
                watch,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    /** What a batch of events means for the watcher. */
    private enum Change {
        NONE,
        RENDER,
        FILE_GONE,
        TEMPLATES_APPEARED
    }

    /**
     * What the events mean: the report changed or went away, a template changed, the template directory appeared —
     * not another YAML file beside the report, not the documents this watcher writes (even into the template
     * directory), not an editor's lock or backup file.
     */
    private Change change(WatchKey key) {
        Path directory = (Path) key.watchable();
        Change change = Change.NONE;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                return Change.RENDER; // overflow: something changed, render to be safe
            }
            Path changed = directory.resolve(name);
            if (changed.equals(file)) {
                change = event.kind() == StandardWatchEventKinds.ENTRY_DELETE && !Files.exists(file)
                        ? Change.FILE_GONE
                        : Change.RENDER;
            } else if (changed.equals(templates) && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                return Change.TEMPLATES_APPEARED;
            } else if (directory.equals(templates) && isTemplate(name.toString())) {
                change = change == Change.NONE ? Change.RENDER : change;
            }
        }
        return change;
    }

    /** A file the templates are made of: the built-in names and FreeMarker files an edited template may include. */
    private static boolean isTemplate(String name) {
        return Templates.BUILT_IN.contains(name)
                || name.endsWith(".ftl")
                || name.endsWith(".ftlh")
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
        long render = renders.incrementAndGet();
        if (!Files.exists(file)) {
            say(WatchMessages.gone(displayName));
            return;
        }
        Set<String> printed = ConcurrentHashMap.newKeySet(); // a later stage loads the report again: its problems once
        if (!render(options.withFormats(stages.get(0)), printed, render)) {
            return; // the last good render stays the latest: its later stages still run
        }
        latestGood.set(render);
        if (stages.size() == 1) {
            return;
        }
        later.execute(() -> {
            for (Set<OutputFormat> formats : stages.subList(1, stages.size())) {
                if (latestGood.get() != render || !render(options.withFormats(formats), printed, render)) {
                    return;
                }
            }
        });
    }

    private boolean render(ReportEngine.Options stage, Set<String> printed, long render) {
        long start = System.nanoTime();
        ReportEngine.Result result;
        try (ReportEngine engine = new ReportEngine(stage)) {
            result = engine.generate(file, displayName);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // whatever one render does, the watcher goes on to the next save
            say(WatchMessages.failed(displayName, e.toString()));
            return false;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (render != renders.get() && render != latestGood.get()) {
            return false; // a newer save has been shown: this stage's documents are already out of date
        }
        List<Problem> problems = result.problems();
        long errors = problems.stream().filter(Problem::isError).count();
        say(
                result.failed()
                        ? WatchMessages.notWritten(displayName, errors, millis)
                        : WatchMessages.wrote(
                                displayName,
                                result.written().stream().map(writtenName).toList(),
                                problems.size(),
                                millis));
        problems.stream().map(p -> p.toString(language)).filter(printed::add).forEach(p -> out.accept("  " + p));
        rendered.accept(stage.formats(), result);
        return !result.failed();
    }

    private void say(Message message) {
        out.accept(LocalTime.now().format(CLOCK) + " " + message.in(language));
    }

    /** What the watcher says, in English and Chinese. */
    private static final class WatchMessages {

        static Message wrote(String report, List<String> files, int warnings, long millis) {
            return Message.of(
                    "watch-wrote",
                    report + ": wrote " + String.join(", ", files)
                            + (warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)"))
                            + " in " + millis + " ms",
                    report + "：已写出 " + String.join("、", files) + (warnings == 0 ? "" : "（" + warnings + " 个警告）")
                            + "，用时 " + millis + " 毫秒");
        }

        static Message notWritten(String report, long errors, long millis) {
            return Message.of(
                    "watch-failed",
                    report + ": " + errors + (errors == 1 ? " error" : " errors") + ", nothing written in " + millis
                            + " ms",
                    report + "：" + errors + " 个错误，没有写出任何文件，用时 " + millis + " 毫秒");
        }

        static Message failed(String report, String what) {
            return Message.of("watch-failed", report + ": failed: " + what, report + "：失败：" + what);
        }

        static Message gone(String report) {
            return Message.of(
                    "watch-gone",
                    report + ": the file is gone (deleted or moved); watching for it to come " + "back",
                    report + "：文件不见了（已删除或移走）；文件回来后会继续生成");
        }
    }
}
