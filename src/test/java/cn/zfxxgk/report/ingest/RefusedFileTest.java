package cn.zfxxgk.report.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.problem.Language;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/**
 * Files the import cannot read — Word 97-2003 and WPS files, scanned PDFs, PDFs with a password, damaged packages,
 * pages without the official tables — are refused with one error that says what to do instead, word for word in
 * English and in Chinese, with its code, and nothing is written.
 */
class RefusedFileTest {

    private static final byte[] OLE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0
    };

    /** Imports {@code bytes} as {@code name} and asserts it is refused with exactly this error in both languages. */
    private static void assertRefused(byte[] bytes, String name, String code, String english, String chinese) {
        Importer.Result result = Importer.read(bytes, name, name, new Importer.Options(null, null, Language.EN));
        assertEquals(Importer.Outcome.REFUSED, result.outcome());
        assertTrue(result.yaml().isEmpty(), "nothing is written");
        assertEquals(
                List.of(code), result.findings().stream().map(Finding::code).toList());
        assertEquals(
                List.of(english),
                result.findings().stream().map(Finding::toString).toList());
        assertEquals(
                List.of(chinese),
                result.findings().stream().map(f -> f.toString(Language.ZH)).toList());
    }

    @Test
    void aWord97FileIsRefusedWithHowToSaveItAsDocx() {
        assertRefused(
                OLE,
                "2023年报.doc",
                "import-old-word-file",
                "2023年报.doc: error: a Word 97-2003 (.doc) file "
                        + "cannot be read; expected a .docx: open it in Word or WPS and save it as .docx, then import that",
                "2023年报.doc: 错误：无法读取 Word 97-2003 文件（.doc）；应为 .docx：请在 Word 或 WPS 中打开，“另存为”.docx " + "后再导入");
    }

    @Test
    void aWpsFileIsRefusedWithHowToSaveItAsDocx() {
        assertRefused(
                OLE,
                "2023年报.wps",
                "import-old-word-file",
                "2023年报.wps: error: a WPS (.wps) file cannot be "
                        + "read; expected a .docx: open it in Word or WPS and save it as .docx, then import that",
                "2023年报.wps: 错误：无法读取 WPS 文件（.wps）；应为 .docx：请在 Word 或 WPS 中打开，“另存为”.docx 后再导入");
    }

    @Test
    void aWord97FileNamedDocxIsKnownByItsContent() {
        assertRefused(
                OLE,
                "年报.docx",
                "import-old-word-file",
                "年报.docx: error: a Word 97-2003 (.doc) file cannot "
                        + "be read; expected a .docx: open it in Word or WPS and save it as .docx, then import that",
                "年报.docx: 错误：无法读取 Word 97-2003 文件（.doc）；应为 .docx：请在 Word 或 WPS 中打开，“另存为”.docx 后再导入");
    }

    @Test
    void aScannedPdfIsRefusedForWantOfText() throws Exception {
        assertRefused(
                scan(2),
                "scan.pdf",
                "import-pdf-scanned",
                "scan.pdf: error: the PDF has no text layer on its 2 "
                        + "pages (a scan or a picture of the report); expected a PDF saved from Word or WPS, or the .docx itself",
                "scan.pdf: 错误：这份 PDF（共 2 页）没有文字层（是扫描件或图片）；应为从 Word 或 WPS 保存的 PDF，或直接导入 .docx 原件");
        assertRefused(
                scan(1),
                "scan.pdf",
                "import-pdf-scanned",
                "scan.pdf: error: the PDF has no text layer on its 1 "
                        + "page (a scan or a picture of the report); expected a PDF saved from Word or WPS, or the .docx itself",
                "scan.pdf: 错误：这份 PDF（共 1 页）没有文字层（是扫描件或图片）；应为从 Word 或 WPS 保存的 PDF，或直接导入 .docx 原件");
    }

    @Test
    void aPdfWithAPasswordIsRefused() throws Exception {
        byte[] locked;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            locked = out.toByteArray();
        }
        assertRefused(
                locked,
                "locked.pdf",
                "import-pdf-password",
                "locked.pdf: error: cannot be read as a PDF (it is "
                        + "protected by a password); expected a PDF without a password, or the .docx itself",
                "locked.pdf: 错误：无法按 PDF 读取（文件设有密码）；应为没有密码的 PDF，或直接导入 .docx 原件");
    }

    @Test
    void aDamagedPdfIsRefused() {
        assertRefused(
                "%PDF-1.7\nnot a PDF at all".getBytes(StandardCharsets.US_ASCII),
                "broken.pdf",
                "import-unreadable",
                "broken.pdf: error: cannot be read as a PDF (the file is damaged, or it is not a PDF); expected a "
                        + "complete PDF saved from Word or WPS",
                "broken.pdf: 错误：无法按 PDF 读取（文件已损坏，或不是 PDF）；应为从 Word 或 WPS 保存的完整 PDF");
    }

    @Test
    void aZipThatIsNoWordDocumentIsRefused() throws Exception {
        assertRefused(
                zip("xl/workbook.xml"),
                "table.docx",
                "import-unreadable",
                "table.docx: error: cannot be read as "
                        + "a .docx (the file is damaged, or it is not a Word document); expected a complete .docx saved by Word "
                        + "or WPS",
                "table.docx: 错误：无法按 .docx 读取（文件已损坏，或不是 Word 文档）；应为 Word 或 WPS 保存的完整 .docx 文件");
    }

    @Test
    void aDocxWithoutItsTextIsRefused() throws Exception {
        assertRefused(
                zip("docProps/core.xml"),
                "empty.docx",
                "import-unreadable",
                "empty.docx: error: cannot be read "
                        + "as a .docx (the package holds no document text, word/document.xml); expected a .docx saved by Word "
                        + "or WPS",
                "empty.docx: 错误：无法按 .docx 读取（文件包中没有正文 word/document.xml）；应为 Word 或 WPS 保存的 " + ".docx 文件");
    }

    /** A zip package holding one small XML part named {@code part}. */
    private static byte[] zip(String part) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<?xml version=\"1.0\"?><root/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        assertRefused(
                "2023年度报告".getBytes(StandardCharsets.UTF_8),
                "notes.txt",
                "import-unknown-type",
                "notes.txt: "
                        + "error: is not a report the importer reads; expected a .html/.htm page, a .docx or a .pdf",
                "notes.txt: 错误：不是可以导入的报告文件；应为网页（.html、.htm）、.docx 或 .pdf");
    }

    @Test
    void aPageWithoutTheOfficialTablesIsRefused() {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><h1>2023年巴里坤县人民政府信息公开工作年度报告"
                + "</h1><p>一、总体情况</p><p>本年度……</p></body></html>";
        assertRefused(
                page.getBytes(StandardCharsets.UTF_8),
                "page.html",
                "import-no-tables",
                "page.html: error: no table of the official form was found; expected a "
                        + "政府信息公开工作年度报告 with its tables 二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况 and "
                        + "四、政府信息公开行政复议、行政诉讼情况",
                "page.html: 错误：没有找到官方格式的表格；应为含有“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”"
                        + "“四、政府信息公开行政复议、行政诉讼情况”各表的政府信息公开工作年度报告");
    }

    /** A PDF of {@code pages} pages that show only a drawn shape, as a scanner's pages show only an image. */
    private static byte[] scan(int pages) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.addRect(72, 72, 300, 500);
                    content.fill();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
