package cn.zfxxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.FileNames;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** gen import as a user runs it: exit codes, refusals, and a YAML that checks. */
class ImportCommandTest {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = GenerateCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void aPageImportsIntoAYamlThatChecks() {
        Path yaml = work.resolve("balikun-2023.yaml");
        assertEquals(0, run("import", "src/test/resources/ingest/cms-balikun-2023.html", "--output", yaml.toString()),
                err.toString());
        assertTrue(out.toString().startsWith("wrote " + FileNames.display(yaml) + " (complete, 1 warning)"),
                out.toString());
        assertEquals(0, run("check", yaml.toString()), err.toString());
        assertEquals(1, run("import", "src/test/resources/ingest/cms-balikun-2023.html", "--output", yaml.toString()));
        assertTrue(err.toString().contains(FileNames.display(yaml) + ": already exists; expected a new file name, or "
                + "--force to replace it"), err.toString());
    }

    @Test
    void oldWordFilesAreRefusedWithWhatToDo() throws Exception {
        Path doc = work.resolve("2023年报.doc");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertEquals(1, run("import", doc.toString()));
        assertEquals(FileNames.display(doc) + ": a Word 97-2003 (.doc) file cannot be read; expected a .docx: open it "
                + "in Word or WPS and save it as .docx, then import that\n", err.toString());
    }

    @Test
    void aTitleWithoutTheAgencyAsksForIt() throws Exception {
        Path page = work.resolve("huocheng.html");
        String html = new String(Files.readAllBytes(Path.of("src/test/resources/ingest/cms-balikun-2023.html")),
                "GB18030").replace("2023年巴里坤县人民政府信息", "霍城县2023年政府信息").replace("2023年巴里坤县人民政府信息公开"
                        + "工作年度报告</h2>", "霍城县2023年政府信息公开工作年度报告</h2>");
        Files.write(page, html.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, run("import", page.toString()));
        assertTrue(err.toString().endsWith(FileNames.display(page) + ": the agency cannot be read reliably from the "
                + "title '霍城县2023年政府信息公开工作年度报告'; expected --agency NAME, e.g. --agency 巴里坤县人民政府\n"),
                err.toString());
    }
}
