package cn.zfxxgk.report;

import cn.zfxxgk.report.problem.Message;
import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Renders many reports in one JVM, in parallel. Each worker thread has an engine of its own (fonts and templates are
 * read once per worker, and parsed fonts are not shared between threads); results come back in the order of the files,
 * and every document is the same as a single run would write.
 */
public final class ReportBatch {

    /** What a batch did, in the order of its files. */
    public record Summary(List<ReportEngine.Result> results, long millis) {

        /** Whether the engine failed on any report (exit code 3), as opposed to reports being wrong. */
        public boolean faulted() {
            return results.stream().anyMatch(ReportEngine.Result::faulted);
        }

        /** The reports written without any problem, with warnings, and those that failed. */
        public long ok() {
            return results.stream().filter(r -> r.problems().isEmpty()).count();
        }

        public long withWarnings() {
            return results.stream()
                    .filter(r -> !r.failed() && !r.problems().isEmpty())
                    .count();
        }

        public List<ReportEngine.Result> failed() {
            return results.stream().filter(ReportEngine.Result::failed).toList();
        }
    }

    /** What one worker rendering PDFs with large CJK fonts needs at its peak, measured with the benchmark. */
    private static final long HEAP_PER_WORKER = 160L * 1024 * 1024;

    private ReportBatch() {}

    /**
     * The documents of {@code file}, or its fault: a defect of the engine met in one report is recorded for that report
     * (exit code 3 at the end) and the batch goes on with the others.
     */
    private static ReportEngine.Result generate(
            Supplier<ReportEngine> engine, Path file, String name, Rendering rendering) {
        try {
            return rendering.render(engine.get(), file, name);
        } catch (RuntimeException e) {
            return ReportEngine.Result.ofFault(name, e);
        }
    }

    /** Workers are each given room on the heap: a small -Xmx means fewer of them rather than running out of memory. */
    static int workersTheHeapAllows() {
        return (int) Math.max(1, Runtime.getRuntime().maxMemory() / HEAP_PER_WORKER);
    }

    /** How many workers {@link #run} gives {@code reports} reports with {@code threads} threads at most. */
    public static int workers(int reports, int threads) {
        return Math.max(1, Math.min(Math.min(threads, reports), workersTheHeapAllows()));
    }

    /**
     * Renders {@code files} with {@code threads} workers; {@code progress} hears the number done after each report.
     */
    public static Summary run(
            List<Path> files,
            ReportEngine.Options options,
            int threads,
            Consumer<Message> notices,
            IntConsumer progress)
            throws IOException {
        return run(files, options, threads, notices, progress, ReportEngine::generate);
    }

    /** How a worker renders one file with its engine: {@link ReportEngine#generate}, or what a test puts instead. */
    @FunctionalInterface
    interface Rendering {
        ReportEngine.Result render(ReportEngine engine, Path file, String name);
    }

    static Summary run(
            List<Path> files,
            ReportEngine.Options options,
            int threads,
            Consumer<Message> notices,
            IntConsumer progress,
            Rendering rendering)
            throws IOException {
        long start = System.nanoTime();
        int workers = workers(files.size(), threads);
        List<ReportEngine> engines = new ArrayList<>();
        ThreadLocal<ReportEngine> workerEngine = ThreadLocal.withInitial(() -> {
            try {
                ReportEngine created = new ReportEngine(options, notices);
                synchronized (engines) {
                    engines.add(created);
                }
                return created;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "report-worker");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        Map<Path, Problem> collisions =
                OutputCollisions.find(files, file -> options.outputDirectory(), options.formats());
        try {
            List<Future<ReportEngine.Result>> futures = new ArrayList<>();
            for (Path file : files) {
                Problem collision = collisions.get(file);
                if (collision != null) {
                    progress.accept(done.incrementAndGet());
                    futures.add(CompletableFuture.completedFuture(
                            new ReportEngine.Result(collision.file(), List.of(collision), List.of())));
                    continue;
                }
                futures.add(pool.submit(() -> {
                    ReportEngine.Result result = generate(workerEngine::get, file, FileNames.display(file), rendering);
                    progress.accept(done.incrementAndGet());
                    return result;
                }));
            }
            List<ReportEngine.Result> results = new ArrayList<>();
            for (Future<ReportEngine.Result> future : futures) {
                results.add(future.get());
            }
            return new Summary(results, (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
            for (ReportEngine created : engines) {
                created.close();
            }
        }
    }
}
