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

/**
 * gen import as a user runs it: exit codes, refusals, and a YAML that checks; what it prints, word for word in English
 * and in Chinese ({@code --lang}).
 */
class ImportCommandTest {

    @TempDir
    Path work;

    private static final String PAGE = "src/test/resources/ingest/cms-balikun-2023.html";
    private static final String PAGE_SHOWN = FileNames.display(Path.of(PAGE));

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine line = GenerateCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void aPageImportsIntoAYamlThatChecks() {
        Path yaml = work.resolve("balikun-2023.yaml");
        String shown = FileNames.display(yaml);
        assertEquals(0, run("import", PAGE, "--lang", "en", "--output", yaml.toString()), err.toString());
        assertEquals("wrote " + shown + " (complete, 1 warning)\n", out.toString());
        assertEquals(
                PAGE_SHOWN + ": warning: the page declares no character set; read as GBK, the encoding of most "
                        + "older government sites; expected a <meta charset> (check the Chinese text of the YAML)\n",
                err.toString());
        assertEquals(0, run("check", yaml.toString()), err.toString());
        assertEquals(1, run("import", PAGE, "--lang", "en", "--output", yaml.toString()));
        assertTrue(
                err.toString()
                        .endsWith(shown + ": error: already exists; expected a new file name, or --force to "
                                + "replace it\n"),
                err.toString());
    }

    @Test
    void inChineseThePageImportsAndTheCommandSaysSoInChinese() {
        Path yaml = work.resolve("balikun-2023.yaml");
        String shown = FileNames.display(yaml);
        assertEquals(0, run("--lang", "zh", "import", PAGE, "--output", yaml.toString()), err.toString());
        assertEquals("已写出 " + shown + "（导入完整，1 个警告）\n", out.toString());
        assertEquals(
                PAGE_SHOWN + ": 警告：网页没有声明字符集，已按 GBK（多数较早的政府网站所用的编码）读取；网页应有 " + "<meta charset>（请核对 YAML 中的中文有无乱码）\n",
                err.toString());
        assertEquals(1, run("--lang", "zh", "import", PAGE, "--output", yaml.toString()));
        assertTrue(err.toString().endsWith(shown + ": 错误：文件已存在；应为新的文件名，或加 --force 覆盖\n"), err.toString());
        assertEquals(0, run("--lang", "zh", "import", PAGE, "--output", yaml.toString(), "--force"), err.toString());
        assertEquals("已写出 " + shown + "（导入完整，1 个警告）\n", out.toString());
    }

    @Test
    void aBatchEndsWithWhatBecameOfEveryFile() throws Exception {
        Path reports = Files.createDirectories(work.resolve("年报"));
        Files.copy(Path.of(PAGE), reports.resolve("balikun-2023.html"));
        Files.write(reports.resolve("2022年报.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Files.write(reports.resolve("huocheng-2023.html"), huocheng().getBytes(StandardCharsets.UTF_8));
        Path yaml = work.resolve("yaml");
        assertEquals(2, run("import", reports.toString(), "--lang", "en", "--output", yaml.toString()));
        assertEquals(
                "wrote " + FileNames.display(yaml.resolve("balikun-2023.yaml")) + " (complete, 1 warning)\n"
                        + "3 files: 1 complete, 0 with 缺失 to fill in, 1 to import again with --agency or --year, 1 not "
                        + "imported\n",
                out.toString());
        assertTrue(
                err.toString()
                        .startsWith(FileNames.display(reports.resolve("2022年报.doc")) + ": error: a Word "
                                + "97-2003 (.doc) file cannot be read; expected a .docx: open it in Word or WPS and save it as .docx, "
                                + "then import that\n"),
                err.toString());
        assertEquals(2, run("import", reports.toString(), "--lang", "zh", "--output", yaml.toString(), "--force"));
        assertEquals(
                "已写出 " + FileNames.display(yaml.resolve("balikun-2023.yaml")) + "（导入完整，1 个警告）\n"
                        + "3 个文件：1 个导入完整，0 个有 缺失 项待补，1 个需加 --agency 或 --year 重新导入，1 个未导入\n",
                out.toString());
        assertTrue(
                err.toString()
                        .startsWith(FileNames.display(reports.resolve("2022年报.doc")) + ": 错误：无法读取 Word "
                                + "97-2003 文件（.doc）；应为 .docx：请在 Word 或 WPS 中打开，“另存为”.docx 后再导入\n"),
                err.toString());
    }

    @Test
    void aDirectoryWithoutReportsAndAFileNotThereAreNamed() throws Exception {
        Path empty = Files.createDirectories(work.resolve("empty"));
        Path missing = work.resolve("2023年报.html");
        assertEquals(1, run("import", empty.toString(), "--lang", "en"));
        assertEquals(
                FileNames.display(empty) + ": error: no published report (.html, .htm, .docx, .pdf, .doc, .wps) "
                        + "in this directory; expected a published report (.html, .docx or .pdf), or a directory that holds "
                        + "them\n",
                err.toString());
        assertEquals("", out.toString());
        assertEquals(1, run("import", empty.toString(), "--lang", "zh"));
        assertEquals(
                FileNames.display(empty) + ": 错误：此目录中没有已发布的报告（.html、.htm、.docx、.pdf、.doc、.wps）；"
                        + "应为已发布的报告（.html、.docx 或 .pdf）或含有报告的目录\n",
                err.toString());
        assertEquals(1, run("import", missing.toString(), "--lang", "en"));
        assertEquals(
                FileNames.display(missing) + ": error: file not found; expected a published report (.html, .docx "
                        + "or .pdf)\n",
                err.toString());
        assertEquals(1, run("import", missing.toString(), "--lang", "zh"));
        assertEquals(FileNames.display(missing) + ": 错误：找不到文件；应为已发布的报告（.html、.docx 或 .pdf）\n", err.toString());
    }

    @Test
    void oldWordFilesAreRefusedWithWhatToDo() throws Exception {
        Path doc = work.resolve("2023年报.doc");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertEquals(1, run("import", doc.toString(), "--lang", "en"));
        assertEquals(
                FileNames.display(doc) + ": error: a Word 97-2003 (.doc) file cannot be read; expected a .docx: "
                        + "open it in Word or WPS and save it as .docx, then import that\n",
                err.toString());
        assertEquals(1, run("import", doc.toString(), "--lang", "zh"));
        assertEquals(
                FileNames.display(doc) + ": 错误：无法读取 Word 97-2003 文件（.doc）；应为 .docx：请在 Word 或 WPS 中打开，"
                        + "“另存为”.docx 后再导入\n",
                err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aTitleWithoutTheAgencyAsksForIt() throws Exception {
        Path page = work.resolve("huocheng.html");
        Files.write(page, huocheng().getBytes(StandardCharsets.UTF_8));
        assertEquals(2, run("import", page.toString(), "--lang", "en"));
        assertTrue(
                err.toString()
                        .endsWith(FileNames.display(page) + ": error: the agency cannot be read reliably from "
                                + "the title '霍城县2023年政府信息公开工作年度报告'; expected --agency NAME, e.g. --agency 巴里坤县人民政府\n"),
                err.toString());
        assertEquals(2, run("import", page.toString(), "--lang", "zh"));
        assertTrue(
                err.toString()
                        .endsWith(FileNames.display(page) + ": 错误：无法从标题“霍城县2023年政府信息公开工作年度报告”"
                                + "可靠地读出报告机关；应加 --agency 机关名称，如 --agency 巴里坤县人民政府\n"),
                err.toString());
    }

    /** The published page with 霍城's kind of title, which names no office. */
    private static String huocheng() throws Exception {
        return new String(Files.readAllBytes(Path.of(PAGE)), "GB18030")
                .replace("2023年巴里坤县人民政府信息", "霍城县2023年政府信息")
                .replace("2023年巴里坤县人民政府信息公开工作年度报告</h2>", "霍城县2023年政府信息公开工作年度报告</h2>");
    }
}
