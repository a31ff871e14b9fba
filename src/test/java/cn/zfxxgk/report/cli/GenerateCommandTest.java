package cn.zfxxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line as a user meets it: exit codes, messages on stderr, and what is (not) written. */
class GenerateCommandTest {

    /** Relative to the project directory, so messages name files as a user in that directory sees them. */
    private static final Path WORK = Path.of("target", "cli-test");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void clean() throws IOException {
        if (Files.exists(WORK)) {
            try (Stream<Path> paths = Files.walk(WORK)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(WORK);
    }

    private int run(String... args) {
        CommandLine line = GenerateCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    private Path seedCopy(String name, String from, String to) throws IOException {
        String text = Files.readString(Path.of("data/balikun-2023.yaml"), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Path file = WORK.resolve(name);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void writesEveryReportAndSaysWhere() throws IOException {
        int exit = run(
                "-o",
                WORK.resolve("out").toString(),
                "data/balikun-2023.yaml",
                "data/gangcha-2023.yaml",
                "data/balikun-2020.yaml",
                "data/huocheng-2023.yaml");
        assertEquals(0, exit, err.toString());
        assertEquals("""
                wrote target/cli-test/out/balikun-2023.html
                wrote target/cli-test/out/balikun-2023.pdf
                wrote target/cli-test/out/balikun-2023.docx
                wrote target/cli-test/out/gangcha-2023.html
                wrote target/cli-test/out/gangcha-2023.pdf
                wrote target/cli-test/out/gangcha-2023.docx
                wrote target/cli-test/out/balikun-2020.html
                wrote target/cli-test/out/balikun-2020.pdf
                wrote target/cli-test/out/balikun-2020.docx
                wrote target/cli-test/out/huocheng-2023.html
                wrote target/cli-test/out/huocheng-2023.pdf
                wrote target/cli-test/out/huocheng-2023.docx
                """, out.toString().replaceFirst("4 reports: .*\n$", ""));
        assertTrue(
                out.toString().matches("(?s).*\n4 reports: 4 written \\(2 with warnings\\), 0 failed; \\d+\\.\\d s\n"),
                out.toString());
        assertTrue(Files.isRegularFile(WORK.resolve("out/huocheng-2023.html")));
        assertEquals(
                "rw-r--r--",
                java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(WORK.resolve("out/huocheng-2023.pdf"))),
                "published documents are readable");
        assertTrue(
                err.toString()
                        .contains("data/huocheng-2023.yaml:45:9: warning: 主动公开 行政处罚 本年处理决定数量 is marked 缺失 (lost in the "
                                + "source); it prints blank and is left out of the 勾稽 checks\n"),
                err.toString());
    }

    @Test
    void aBrokenFileExitsOneWritesNothingAndKeepsThePreviousGoodOutput() throws IOException {
        Path good = seedCopy("report.yaml", "agency: 巴里坤县人民政府", "agency: 巴里坤县人民政府");
        assertEquals(0, run("-o", WORK.toString(), good.toString()));
        Path html = WORK.resolve("report.html");
        byte[] before = Files.readAllBytes(html);
        byte[] pdfBefore = Files.readAllBytes(WORK.resolve("report.pdf"));

        seedCopy("report.yaml", "date: 2024-01-10", "date: 2024-13-01");
        assertEquals(1, run("-o", WORK.toString(), good.toString()));
        assertEquals(
                "target/cli-test/report.yaml:102:9: error: signature date '2024-13-01' is not a real date; "
                        + "expected a date of the calendar such as 2024-01-10\n",
                err.toString());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(html), "previous output untouched");
        assertTrue(Arrays.equals(pdfBefore, Files.readAllBytes(WORK.resolve("report.pdf"))), "previous PDF untouched");
        try (Stream<Path> files = Files.list(WORK)) {
            assertEquals(4, files.count(), "no temporary or partial files left: only report.yaml, .html, .pdf, .docx");
        }
    }

    @Test
    void inABatchOneBadFileDoesNotStopTheOthersAndIsNamed() throws IOException {
        Path bad = seedCopy("bad.yaml", "date: 2024-01-10", "date: 2024-02-30");
        int exit = run(
                "-d",
                "html",
                "-o",
                WORK.toString(),
                "data/gangcha-2023.yaml",
                bad.toString(),
                "data/huocheng-2023.yaml");
        assertEquals(1, exit);
        assertTrue(Files.exists(WORK.resolve("gangcha-2023.html")) && Files.exists(WORK.resolve("huocheng-2023.html")));
        assertFalse(Files.exists(WORK.resolve("bad.html")));
        assertTrue(
                out.toString()
                        .matches("(?s).*\n3 reports: 2 written \\(1 with warnings\\), 1 failed: "
                                + "target/cli-test/bad.yaml; \\d+\\.\\d s\n"),
                out.toString());
    }

    @Test
    void strictTurnsAFailedRuleIntoExitCodeOne() throws IOException {
        Path file = seedCopy("total.yaml", "[5, 0, 0, 0, 0, 0, 5]   # （一）", "[5, 0, 0, 0, 0, 0, 6]   # （一）");
        assertEquals(0, run("-d", "html", "-o", WORK.toString(), file.toString()), "a warning by default");
        assertTrue(err.toString().contains("warning: 依申请公开 三、（一）予以公开 · 总计 is 6"), err.toString());
        Files.delete(WORK.resolve("total.html"));
        assertEquals(1, run("-d", "html", "-o", WORK.toString(), "--strict", file.toString()));
        assertFalse(Files.exists(WORK.resolve("total.html")), "nothing written under --strict");
    }

    @Test
    void aMissingFileIsADataProblem() {
        assertEquals(1, run("-o", WORK.toString(), "target/cli-test/nothing.yaml"));
        assertEquals(
                "target/cli-test/nothing.yaml: error: file not found; expected a report YAML file such as "
                        + "data/balikun-2023.yaml\n",
                err.toString());
    }

    @Test
    void wrongUsageExitsTwo() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("Missing required parameter: 'FILE'"), err.toString());
        assertEquals(2, run("--documents", "odt", "data/balikun-2023.yaml"));
        assertEquals(2, run("--no-such-option", "data/balikun-2023.yaml"));
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("--strict"), out.toString());
        assertTrue(out.toString().contains("Exit codes: 0 written"), out.toString());
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("gen "), out.toString());
    }

    @Test
    void aHugeFileInABatchIsRefusedAtOnceAndTheOthersAreWritten() throws IOException {
        Path huge = WORK.resolve("huge.yaml");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024); // 3 GB that take no disk space
        }
        long start = System.nanoTime();
        int exit =
                run("-d", "html,docx", "-o", WORK.resolve("out").toString(), huge.toString(), "data/gangcha-2023.yaml");
        long seconds = java.time.Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertEquals(1, exit);
        assertTrue(seconds < 5, seconds + " s");
        assertEquals(
                "target/cli-test/huge.yaml: error: the file is 3072 MB; expected a report file of at most 2 million "
                        + "characters\n",
                err.toString());
        assertTrue(Files.exists(WORK.resolve("out/gangcha-2023.docx")));
        assertTrue(
                out.toString()
                        .matches("(?s).*\n2 reports: 1 written \\(0 with warnings\\), 1 failed: "
                                + "target/cli-test/huge.yaml; \\d+\\.\\d s\n"),
                out.toString());
    }

    @Test
    void reportsWhoseDocumentsWouldCollideAreRefusedBeforeAnythingIsWritten() throws IOException {
        Files.createDirectories(WORK.resolve("d1"));
        Files.createDirectories(WORK.resolve("d2"));
        Files.copy(Path.of("data/gangcha-2023.yaml"), WORK.resolve("d1/report.yaml"));
        Files.copy(Path.of("data/huocheng-2023.yaml"), WORK.resolve("d2/report.yaml"));
        Files.copy(Path.of("data/gangcha-2023.yaml"), WORK.resolve("d2/a.yaml"));
        Files.copy(Path.of("data/huocheng-2023.yaml"), WORK.resolve("d2/a.yml"));
        Files.copy(Path.of("data/balikun-2023.yaml"), WORK.resolve("d2/fine.yaml"));
        int exit = run(
                "-d",
                "html,pdf",
                "-o",
                WORK.resolve("out").toString(),
                WORK.resolve("d1").toString(),
                WORK.resolve("d2").toString());
        assertEquals(1, exit);
        String collision = ", so none is written; expected report files with different names (rename one, or give "
                + "each its own --output directory)\n";
        assertEquals(
                "target/cli-test/d1/report.yaml: error: its documents target/cli-test/out/report.{html,pdf} would be "
                        + "overwritten by those of target/cli-test/d2/report.yaml" + collision
                        + "target/cli-test/d2/a.yaml: error: its documents target/cli-test/out/a.{html,pdf} would be overwritten by "
                        + "those of target/cli-test/d2/a.yml" + collision
                        + "target/cli-test/d2/a.yml: error: its documents target/cli-test/out/a.{html,pdf} would be overwritten by "
                        + "those of target/cli-test/d2/a.yaml" + collision
                        + "target/cli-test/d2/report.yaml: error: its documents target/cli-test/out/report.{html,pdf} would be "
                        + "overwritten by those of target/cli-test/d1/report.yaml" + collision,
                err.toString());
        try (Stream<Path> files = Files.list(WORK.resolve("out"))) {
            assertEquals(
                    java.util.List.of("fine.html", "fine.pdf"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aFileNamedTwiceIsRenderedOnce() throws IOException {
        assertEquals(
                0,
                run("-d", "html", "-o", WORK.toString(), "data/gangcha-2023.yaml", "data/../data/gangcha-2023.yaml"));
        assertEquals("wrote target/cli-test/gangcha-2023.html\n", out.toString());
    }

    /** A fault of the engine in one report outranks a wrong report: exit 3, after the others were written. */
    @Test
    void aFaultInAnyReportOfABatchExitsThree() {
        cn.zfxxgk.report.ReportEngine.Result good = new cn.zfxxgk.report.ReportEngine.Result(
                "a.yaml", java.util.List.of(), java.util.List.of(Path.of("a.html")));
        cn.zfxxgk.report.ReportEngine.Result wrong = new cn.zfxxgk.report.ReportEngine.Result(
                "b.yaml",
                java.util.List.of(cn.zfxxgk.report.problem.Problem.error(
                        "b.yaml",
                        cn.zfxxgk.report.model.Position.NONE,
                        cn.zfxxgk.report.problem.Message.of("x", "wrong", "错"))),
                java.util.List.of());
        cn.zfxxgk.report.ReportEngine.Result fault =
                cn.zfxxgk.report.ReportEngine.Result.ofFault("c.yaml", new IllegalStateException("defect"));

        assertEquals(
                0,
                GenerateCommand.exitCode(new cn.zfxxgk.report.ReportBatch.Summary(java.util.List.of(good), 1), true));
        assertEquals(
                1,
                GenerateCommand.exitCode(
                        new cn.zfxxgk.report.ReportBatch.Summary(java.util.List.of(good, wrong), 1), true));
        assertEquals(
                1,
                GenerateCommand.exitCode(new cn.zfxxgk.report.ReportBatch.Summary(java.util.List.of(good), 1), false));
        assertEquals(
                3,
                GenerateCommand.exitCode(
                        new cn.zfxxgk.report.ReportBatch.Summary(java.util.List.of(good, wrong, fault), 1), true));
    }

    /**
     * Each format needs only its own templates: a page template that does not parse and a font-role file with errors
     * stop the HTML (and would stop the PDF), never the DOCX, which is made from report.docx, taking its tables' labels
     * and widths from the page template when that works and else the official ones, with a warning.
     */
    @Test
    void aDocxOnlyRunNeedsNeitherThePageTemplateNorTheFontRoles() throws IOException {
        Path templates = Files.createDirectories(WORK.resolve("templates"));
        Files.writeString(
                templates.resolve("report.ftlh"), "<html>\n<#if report.title??>\n</html>\n", StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("fonts.properties"), "body = \n", StandardCharsets.UTF_8);
        Path documents = WORK.resolve("out");

        int exit = run("-d", "docx", "-t", templates.toString(), "-o", documents.toString(), "data/balikun-2023.yaml");

        assertEquals(0, exit, err.toString());
        assertEquals("wrote target/cli-test/out/balikun-2023.docx\n", out.toString());
        assertEquals(
                "target/cli-test/templates/report.ftlh: warning: report.ftlh could not be evaluated, so the "
                        + "DOCX's tables keep the official labels and widths; expected the template's labels and widths (make "
                        + "report.ftlh work again: the HTML or PDF run names its error)\n",
                err.toString());
        try (java.util.zip.ZipFile docx =
                new java.util.zip.ZipFile(documents.resolve("balikun-2023.docx").toFile())) {
            String document = new String(
                    docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(document.contains("巴里坤县人民政府"), "the report is in the document");
        }
        assertFalse(Files.exists(documents.resolve("balikun-2023.html")));

        out.getBuffer().setLength(0);
        exit = run("-d", "html", "-t", templates.toString(), "-o", documents.toString(), "data/balikun-2023.yaml");

        assertEquals(1, exit, err.toString());
        assertTrue(
                err.toString()
                        .contains("target/cli-test/templates/fonts.properties: error: font role 'title' is "
                                + "missing; expected a line 'title = family, family, …'\n"),
                err.toString());
        assertFalse(Files.exists(documents.resolve("balikun-2023.html")));

        Files.delete(templates.resolve("fonts.properties")); // the built-in one serves
        err.getBuffer().setLength(0);
        exit = run("-d", "html", "-t", templates.toString(), "-o", documents.toString(), "data/balikun-2023.yaml");

        assertEquals(1, exit, err.toString());
        assertEquals(
                "target/cli-test/templates/report.ftlh:2:1: error: template syntax error: the #if that opens here is "
                        + "never closed; expected </#if> after it\n",
                err.toString());
        assertFalse(Files.exists(documents.resolve("balikun-2023.html")));
    }

    @Test
    void aTemplateDirectoryThatIsNotThereIsWrongUsage() {
        assertEquals(2, run("--templates", "target/cli-test/no-such-templates", "data/gangcha-2023.yaml"));
        assertTrue(
                err.toString()
                        .startsWith("--templates target/cli-test/no-such-templates: no such directory; "
                                + "expected a directory of templates (make one with 'gen templates export "
                                + "target/cli-test/no-such-templates')\n"),
                err.toString());
    }

    @Test
    void aFontPathThatIsADeviceIsNamedAsSuch() {
        assertEquals(0, run("-d", "pdf", "--font", "/dev/zero", "-o", WORK.toString(), "data/gangcha-2023.yaml"));
        assertTrue(
                err.toString()
                        .contains("gen: notice: font path /dev/zero is neither a font file nor a directory; it "
                                + "is ignored\n"),
                err.toString());
    }

    @Test
    void aReportNameNearTheFileSystemsLimitIsRendered() throws IOException {
        // 233 bytes of UTF-8; 238 with .docx, which a temporary name made from it (+26 bytes) would not fit
        String name = "巴里坤县人民政府".repeat(9) + "-2023-巴里坤县";
        Path file = WORK.resolve(name + ".yaml");
        Files.copy(Path.of("data/gangcha-2023.yaml"), file);
        assertEquals(0, run("-d", "docx", "-o", WORK.toString(), file.toString()), err.toString());
        assertTrue(Files.exists(WORK.resolve(name + ".docx")));
    }
}
