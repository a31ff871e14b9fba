package cn.zfxxgk.report;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Work started on a thread of its own so that it overlaps what the caller does meanwhile (a cold start has two or more
 * cores and one thread of work). The threads are daemons: a run never waits for work nobody asked the result of.
 */
final class Background<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Background(String name, Callable<T> work) {
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) { // handed to whoever asks for the result
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts {@code work} on a new thread called {@code name}. */
    static <T> Background<T> start(String name, Callable<T> work) {
        return new Background<>(name, work);
    }

    /** Waits for the work to end, whatever its outcome (which {@link #join} reports). */
    void await() {
        result.handle((value, failure) -> null).join();
    }

    /** The work's result, waiting for it; what it threw is thrown again here, as {@link ExecutionException}. */
    T join() throws ExecutionException {
        try {
            return result.join();
        } catch (CompletionException e) {
            throw new ExecutionException(e.getCause());
        }
    }
}
