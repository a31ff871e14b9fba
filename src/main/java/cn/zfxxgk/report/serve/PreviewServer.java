package cn.zfxxgk.report.serve;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.ReportWatcher;
import cn.zfxxgk.report.problem.Language;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Serves the preview of one report on 127.0.0.1 (never another interface): {@code /} the preview page,
 * {@code /report.html} the report's HTML, {@code /page/N.png} its PDF pages as images, {@code /version} the number
 * of the latest snapshot and {@code /events} that number again as server-sent events whenever it changes, which the
 * page follows to reload. A {@link ReportWatcher} renders the report again after every save of it or of a template,
 * the HTML first (shown within a second) and then the PDF, into a private temporary directory the documents are read
 * back from and removed — nothing is written to the output directory. Every other path is 404: the URL never reaches
 * the file system.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Pattern PAGE = Pattern.compile("/page/([1-9][0-9]{0,3})\\.png");
    /** Browser tabs following the preview at once; more are refused (each holds a thread while it is open). */
    public static final int MAX_EVENT_STREAMS = 16;
    /** A comment sent this often on an idle event stream, so a closed tab is noticed and its thread freed. */
    private static final long KEEP_ALIVE_MILLIS = 15_000;

    private final HttpServer http;
    private final Path scratch;
    private final String displayName;
    private final Language language;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>(Snapshot.empty());
    private final ExecutorService pool = Executors.newCachedThreadPool(daemon("gen-serve-http"));
    private final Semaphore eventStreams = new Semaphore(MAX_EVENT_STREAMS);
    private final Object changed = new Object();
    private final Thread watcher;
    private volatile boolean stopping;

    private PreviewServer(
            ReportEngine.Options options,
            Path file,
            String displayName,
            Language language,
            int port,
            Consumer<String> out)
            throws IOException {
        this.displayName = displayName;
        this.language = language;
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        scratch = Files.createTempDirectory("gen-serve");
        http.createContext("/", this::handle);
        http.setExecutor(pool);
        ReportEngine.Options preview =
                options.withOutputDirectory(scratch).withFormats(EnumSet.of(OutputFormat.HTML, OutputFormat.PDF));
        ReportWatcher renders = new ReportWatcher(preview, file, displayName, language, out)
                .inStages(List.of(EnumSet.of(OutputFormat.HTML), EnumSet.of(OutputFormat.PDF)))
                .namingWritten(PreviewServer::formatOf)
                .onRender(this::rendered);
        watcher = daemon("gen-serve-watch").newThread(() -> {
            try {
                renders.run(() -> stopping);
            } catch (IOException e) {
                out.accept(displayName + ": " + e);
            }
        });
    }

    /**
     * Starts serving {@code file} on 127.0.0.1:{@code port} (0: any free port), rendering with {@code options} (their
     * output directory and formats are not used) and printing each render's lines to {@code out}.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static PreviewServer start(
            ReportEngine.Options options,
            Path file,
            String displayName,
            Language language,
            int port,
            Consumer<String> out)
            throws IOException {
        PreviewServer server = new PreviewServer(options, file, displayName, language, port, out);
        server.http.start();
        server.watcher.start();
        return server;
    }

    /** The address served, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The port served. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address the server listens on (the loopback interface). */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** Reads the documents of a render's stage back into memory and removes them; a failure keeps the last good ones. */
    private synchronized void rendered(Set<OutputFormat> stage, ReportEngine.Result result) {
        Snapshot now = latest.get();
        Snapshot failed = now.failed(result.problems(), stage.contains(OutputFormat.PDF));
        Snapshot next = failed;
        try {
            if (!result.failed()) {
                for (Path written : result.written()) {
                    byte[] bytes = Files.readAllBytes(written);
                    Files.deleteIfExists(written);
                    if (written.toString().endsWith("." + OutputFormat.HTML.extension())) {
                        next = now.withHtml(bytes, result.problems());
                    } else if (written.toString().endsWith("." + OutputFormat.PDF.extension())) {
                        next = now.withPdf(bytes, result.problems());
                    }
                }
            }
        } catch (IOException e) {
            next = failed;
        }
        latest.set(next);
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    /** What the console says a render wrote: the format, not the temporary file nobody opens. */
    private static String formatOf(Path written) {
        String name = written.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain", "405 method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (!isOurs(exchange.getRequestHeaders().getFirst("Host"))) {
                path = "(another host)"; // a page of another site reaching us through its DNS name: not served
            }
            Snapshot snapshot = latest.get();
            Matcher page = PAGE.matcher(path);
            if (path.equals("/")) {
                send(
                        exchange,
                        200,
                        "text/html; charset=utf-8",
                        PreviewPage.write(snapshot, displayName, language).getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/events")) {
                events(exchange);
            } else if (path.equals("/version")) {
                send(
                        exchange,
                        200,
                        "text/plain; charset=utf-8",
                        Long.toString(snapshot.version).getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/report.html") && snapshot.html != null) {
                send(exchange, 200, "text/html; charset=utf-8", snapshot.html);
            } else if (page.matches() && snapshot.page(Integer.parseInt(page.group(1))) != null) {
                send(exchange, 200, "image/png", snapshot.page(Integer.parseInt(page.group(1))));
            } else {
                send(exchange, 404, "text/plain", "404 not found\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * A stream of server-sent events: the latest version at once and then each new one, until the tab is closed or
     * the server stops. Holds this request's thread meanwhile; beyond {@link #MAX_EVENT_STREAMS} streams, 503.
     */
    private void events(HttpExchange exchange) throws IOException {
        if (!eventStreams.tryAcquire()) {
            send(exchange, 503, "text/plain", "503 too many preview tabs open\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            if (exchange.getRequestMethod().equals("HEAD")) {
                return;
            }
            OutputStream out = exchange.getResponseBody();
            long sent = -1;
            while (!stopping) {
                long version = latest.get().version;
                String event = version != sent ? "data: " + version + "\n\n" : ": still here\n\n";
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush(); // a closed tab makes this throw, which ends the stream
                sent = version;
                synchronized (changed) {
                    if (latest.get().version == sent && !stopping) {
                        changed.wait(KEEP_ALIVE_MILLIS);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the browser went away
        } finally {
            eventStreams.release();
        }
    }

    /** Whether the request names this server (not a foreign name resolving to 127.0.0.1, as DNS rebinding does). */
    private boolean isOurs(String host) {
        return host != null && (host.equals("127.0.0.1:" + port()) || host.equals("localhost:" + port()));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops serving and watching, and removes the temporary directory. */
    @Override
    public void close() throws IOException {
        stopping = true;
        synchronized (changed) {
            changed.notifyAll();
        }
        http.stop(0);
        pool.shutdownNow();
        try {
            watcher.join(15_000); // a PDF stage still being typeset ends first: its files go with the directory
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
