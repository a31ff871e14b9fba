package cn.zfxxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.serve.PreviewServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gen serve}: the preview server, started on a free port over a copy of a seed, as a browser asks it. */
class ServeCommandTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path work;

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private Path file;
    private PreviewServer server;

    @BeforeEach
    void start() throws Exception {
        file = work.resolve("balikun-2023.yaml");
        Files.copy(Path.of("data/balikun-2023.yaml"), file);
        ReportEngine.Options options = new ReportEngine.Options(
                work.resolve("output"), EnumSet.of(OutputFormat.DOCX), false, Path.of("templates"));
        server = PreviewServer.start(options, file, "balikun-2023.yaml", Language.EN, 0, lines::add);
        assertEquals(2, waitForRender(URI.create(server.url()), 0), "the HTML, then the PDF");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void showsTheHtmlBesideThePdfPagesAndTheProblems() throws Exception {
        String page = get("/").body();
        assertTrue(page.contains("<iframe src=\"/report.html?v=2\""), page);
        assertTrue(page.contains("<h2>Problems</h2>\n<p>No problems found.</p>"), page);
        assertTrue(page.contains("<img src=\"/page/1.png?v=2\" alt=\"PDF page 1\">"), page);
        assertTrue(page.contains("new EventSource(\"/events\")"), page);
        assertFalse(page.contains("Typesetting the PDF again"), page);
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d balikun-2023\\.yaml: wrote HTML in \\d+ ms")),
                lines.toString());
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d balikun-2023\\.yaml: wrote PDF in \\d+ ms")),
                lines.toString()); // the formats, not the temporary files nobody opens
        HttpResponse<String> html = get("/report.html");
        assertEquals(
                "text/html; charset=utf-8",
                html.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(html.body().contains("2023年巴里坤县人民政府信息"), html.body().substring(0, 200));
        assertFalse(Files.exists(work.resolve("output")), "nothing is written to the output directory");
    }

    @Test
    void announcesEachNewVersionAsAServerSentEvent() throws Exception {
        HttpResponse<java.util.stream.Stream<String>> events =
                client.send(request("/events"), HttpResponse.BodyHandlers.ofLines());
        assertEquals(
                "text/event-stream; charset=utf-8",
                events.headers().firstValue("Content-Type").orElseThrow());
        java.util.Iterator<String> stream = events.body().iterator();
        assertEquals("data: 2", stream.next()); // the version shown now, at once
        assertEquals("", stream.next());
        long saved = System.nanoTime();
        Files.writeString(file, Files.readString(file).replace("year: 2023", "year: 2023 # saved again"));
        assertEquals("data: 3", stream.next()); // the HTML
        long html = (System.nanoTime() - saved) / 1_000_000;
        assertEquals("", stream.next());
        assertEquals("data: 4", stream.next()); // then the PDF
        lines.add("HTML announced " + html + " ms after the save");
        assertTrue(html < 1000, lines.toString());
        events.body().close();
    }

    @Test
    void aBrokenSaveWhileThePdfIsTypesetLeavesTheLastGoodRenderItsPdf() throws Exception {
        URI root = URI.create(server.url());
        Files.writeString(file, Files.readString(file).replace("  - 公开工作年度报告\n", "  - 公开工作年度报告（修订）\n"));
        while (Long.parseLong(fetch(root.resolve("/version"))) < 3) { // the good save's HTML is shown
            Thread.sleep(10);
        }
        Files.writeString(file, Files.readString(file).replace("year: 2023", "year: <b>2023</b>")); // before its PDF
        assertEquals(5, waitForRender(root, 3), "the failure (4), then the good save's PDF (5): " + lines);
        String page = get("/").body();
        assertTrue(page.contains("&lt;b&gt;2023&lt;/b&gt;"), page); // the failure's problem is still listed
        assertTrue(page.contains("This render failed; the documents shown are those of the last good render."), page);
        assertTrue(page.contains("<img src=\"/page/1.png?v=5\""), page);
        assertTrue(
                lines.stream().filter(l -> l.matches(".* wrote PDF in \\d+ ms")).count() == 2, lines.toString());
    }

    @Test
    void refusesMoreEventStreamsThanItServes() throws Exception {
        List<HttpResponse<InputStream>> open = new ArrayList<>();
        try {
            for (int i = 0; i < PreviewServer.MAX_EVENT_STREAMS; i++) {
                open.add(client.send(request("/events"), HttpResponse.BodyHandlers.ofInputStream()));
                assertEquals(200, open.get(i).statusCode());
            }
            assertEquals(503, get("/events").statusCode());
            assertEquals(200, get("/").statusCode(), "the page is still served");
        } finally {
            for (HttpResponse<InputStream> response : open) {
                response.body().close();
            }
        }
    }

    @Test
    void servesEachPdfPageAsAnA4Png() throws Exception {
        HttpResponse<byte[]> png = client.send(request("/page/1.png"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png.body(), 8));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertEquals(297.0 / 210, (double) image.getHeight() / image.getWidth(), 0.01);
        assertEquals(827, image.getWidth(), 2); // 210 mm at 100 dpi
        assertEquals(404, get("/page/99.png").statusCode());
    }

    @Test
    void aSaveChangesTheVersionAndABrokenFileShowsItsProblemEscaped() throws Exception {
        long saved = System.nanoTime();
        Files.writeString(file, Files.readString(file).replace("year: 2023", "year: <b>2023</b>"));
        assertEquals(3, waitForRender(URI.create(server.url()), 2), "no PDF stage after a failed HTML stage");
        long millis = (System.nanoTime() - saved) / 1_000_000;
        lines.add("version changed " + millis + " ms after the save");
        assertTrue(millis < 2500, lines.toString());
        String page = get("/").body();
        assertTrue(page.matches("(?s).*<li class=\"error\">balikun-2023\\.yaml:\\d+:\\d+: error: .*"), page);
        assertTrue(page.contains("&lt;b&gt;2023&lt;/b&gt;"), page);
        assertFalse(page.contains("<b>2023</b>"), page);
        assertTrue(page.contains("This render failed; the documents shown are those of the last good render."), page);
        assertTrue(page.contains("<iframe src=\"/report.html?v=3\""), page); // the last good HTML is still shown
    }

    @Test
    void aSavedTemplateIsShownAndABrokenOneGivesItsProblem() throws Exception {
        Path templates = Files.createDirectory(work.resolve("templates"));
        Path template = Files.copy(Path.of("templates/report.ftlh"), templates.resolve("report.ftlh"));
        try (PreviewServer edited = PreviewServer.start(
                new ReportEngine.Options(work.resolve("output"), EnumSet.of(OutputFormat.HTML), false, templates),
                file,
                "balikun-2023.yaml",
                Language.EN,
                0,
                lines::add)) {
            URI root = URI.create(edited.url());
            waitForRender(root, 0);
            Files.writeString(template, Files.readString(template).replace("<body>", "<body><p>模板改过了</p>"));
            waitForRender(root, 2);
            assertTrue(fetch(root.resolve("/report.html")).contains("<p>模板改过了</p>"));
            Files.writeString(template, Files.readString(template).replace("<p>模板改过了</p>", "${nothing.here}"));
            waitForRender(root, 4);
            String page = fetch(root);
            assertTrue(page.matches("(?s).*<li class=\"error\">[^<]*report\\.ftlh:\\d+:\\d+: error: .*"), page);
            assertTrue(fetch(root.resolve("/report.html")).contains("<p>模板改过了</p>"), "the last good render");
        }
    }

    @Test
    void servesNothingElse() throws Exception {
        for (String path : List.of(
                "/../pom.xml",
                "/../../etc/passwd",
                "/%2e%2e/pom.xml",
                "/report.html/../../pom.xml",
                "/page/1.png/..%2f..%2fpom.xml",
                "/balikun-2023.yaml",
                "/page/",
                "/page/0.png",
                "/output/")) {
            assertEquals("HTTP/1.1 404 Not Found", rawStatus(path, "127.0.0.1:" + server.port()), path);
        }
        assertEquals("HTTP/1.1 404 Not Found", rawStatus("/", "attacker.example:" + server.port()));
        assertEquals("HTTP/1.1 200 OK", rawStatus("/", "localhost:" + server.port()));
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() throws Exception {
        assertEquals(InetAddress.getByName("127.0.0.1"), server.address().getAddress());
        Optional<InetAddress> other = NetworkInterface.networkInterfaces()
                .filter(this::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        if (other.isPresent()) { // this machine's other address: nothing answers there
            assertThrows(ConnectException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(other.get(), server.port()), 2000);
                }
            });
        }
    }

    @Test
    void theProblemsAreListedInTheChosenLanguage() throws Exception {
        Files.writeString(file, Files.readString(file).replace("year: 2023", "year: 二〇二三"));
        try (PreviewServer chinese = PreviewServer.start(
                new ReportEngine.Options(
                        work.resolve("output"), EnumSet.of(OutputFormat.HTML), false, Path.of("templates")),
                file,
                "balikun-2023.yaml",
                Language.ZH,
                0,
                lines::add)) {
            URI root = URI.create(chinese.url());
            String page = "";
            for (long end = System.nanoTime() + 60_000_000_000L; !page.contains("<ul>") && System.nanoTime() < end; ) {
                Thread.sleep(50);
                page = client.send(HttpRequest.newBuilder(root).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
            }
            assertTrue(page.contains("<html lang=\"zh-CN\">"), page);
            assertTrue(page.contains("<h2>问题</h2>"), page);
            assertTrue(page.matches("(?s).*<li class=\"error\">balikun-2023\\.yaml:10:7: 错误：.*"), page);
            assertTrue(page.contains("还没有生成文档：请改正上面的问题后保存。"), page); // no good render yet
        }
    }

    @Test
    void aPortInUseIsWrongUsageSaidPlainly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            CommandLine gen = GenerateCommand.commandLine();
            gen.setErr(new PrintWriter(err, true));
            int port = taken.getLocalPort();
            assertEquals(2, gen.execute("--lang", "en", "serve", file.toString(), "--port", Integer.toString(port)));
            assertTrue(
                    err.toString()
                            .startsWith("--port " + port + ": the port is in use by another program; "
                                    + "expected a free port (--port 0 takes any)\n"),
                    err.toString());
        }
    }

    private boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (IOException e) {
            return false;
        }
    }

    /** The status line the server answers a request for {@code path} (sent as is, not normalised by a client). */
    private String rawStatus(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return answer.substring(0, answer.indexOf("\r\n"));
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).build();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String fetch(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /**
     * Waits (a minute at most, the first render loads fonts) until a render after version {@code after} has ended —
     * its PDF typeset, or its first stage failed — and returns the version then shown.
     */
    private long waitForRender(URI root, long after) throws Exception {
        long end = System.nanoTime() + 60_000_000_000L;
        while (true) {
            long version = Long.parseLong(fetch(root.resolve("/version")));
            if (version > after && !fetch(root).contains("class=\"typesetting\"")) {
                return Long.parseLong(fetch(root.resolve("/version")));
            }
            assertTrue(System.nanoTime() < end, lines.toString());
            Thread.sleep(50);
        }
    }
}
