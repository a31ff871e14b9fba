package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.template.ReportView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The Word template as a package: what is kept, what is replaced, what is refused. */
class WordPackageTest {

    private static final String TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
            + WordPackage.CONTENT_TYPES_NS + "\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    private static final String DOCUMENT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
            + WordTemplateText.W + "\"><w:body/></w:document>";
    private static final Instant CREATED = Instant.parse("2024-01-09T16:00:00Z"); // 2024-01-10 00:00 in Beijing

    private static String rels(String extra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + WordPackage.RELATIONSHIPS_NS
                + "\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"/word/main.xml\"/>" + extra + "</Relationships>";
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, String> template(String relsExtra) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(WordPackage.CONTENT_TYPES, TYPES);
        parts.put(WordPackage.RELATIONSHIPS, rels(relsExtra));
        parts.put("word/main.xml", DOCUMENT);
        parts.put("word/media/logo.png", "\u0089PNG not xml");
        return parts;
    }

    private static Map<String, String> unzip(byte[] zip, List<ZipEntry> entries) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry);
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void theMainDocumentIsFoundThroughThePackageRelationshipsAndTheOtherPartsAreCopiedAsTheyAre() throws Exception {
        WordPackage pkg = WordPackage.read(zip(template("")));
        assertEquals("word/main.xml", pkg.mainDocument());
        byte[] filled = "<w:document/>".getBytes(StandardCharsets.UTF_8);
        List<ZipEntry> entries = new ArrayList<>();
        Map<String, String> written = unzip(pkg.write(Map.of("word/main.xml", filled), CREATED), entries);
        assertEquals(
                List.of(WordPackage.CONTENT_TYPES, WordPackage.RELATIONSHIPS, "word/main.xml", "word/media/logo.png"),
                List.copyOf(written.keySet()),
                "the template's order");
        assertEquals("<w:document/>", written.get("word/main.xml"));
        assertEquals("\u0089PNG not xml", written.get("word/media/logo.png"));
        assertArrayEquals(
                pkg.part("word/media/logo.png"),
                written.get("word/media/logo.png").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void entriesAreDatedInBeijingTimeWhateverTheMachinesZone() throws Exception {
        WordPackage pkg = WordPackage.read(zip(template("")));
        TimeZone zone = TimeZone.getDefault();
        byte[] first;
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            first = pkg.write(Map.of(), CREATED);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            second = pkg.write(Map.of(), CREATED);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(first, second);
        List<ZipEntry> entries = new ArrayList<>();
        unzip(first, entries);
        assertEquals(LocalDateTime.parse("2024-01-10T00:00"), entries.get(0).getTimeLocal());
    }

    @Test
    void datesOutsideTheZipFormatsRangeAreClampedSoTheZoneStillDoesNotMatter() throws Exception {
        WordPackage pkg = WordPackage.read(zip(template("")));
        for (String date : List.of("1900-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2200-06-01T00:00:00Z")) {
            TimeZone zone = TimeZone.getDefault();
            byte[] first;
            byte[] second;
            try {
                TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
                first = pkg.write(Map.of(), Instant.parse(date));
                TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
                second = pkg.write(Map.of(), Instant.parse(date));
            } finally {
                TimeZone.setDefault(zone);
            }
            assertArrayEquals(first, second, date);
            List<ZipEntry> entries = new ArrayList<>();
            unzip(first, entries);
            assertEquals(
                    date.startsWith("2200")
                            ? LocalDateTime.parse("2107-12-31T23:59:58")
                            : LocalDateTime.parse("1980-01-01T00:00:02"),
                    entries.get(0).getTimeLocal(),
                    date);
        }
    }

    @Test
    void aTemplateWithoutPropertiesGetsThemAnnouncedInTheRelationshipsAndContentTypes() throws Exception {
        WordPackage pkg = WordPackage.read(zip(template("")));
        Map<String, byte[]> parts =
                CoreProperties.parts(pkg, new ReportView.Document("标题 & <副题>", "某县人民政府", "2023年政府信息公开工作年度报告", "zh-CN"));
        Map<String, String> written = unzip(pkg.write(parts, CREATED), new ArrayList<>());
        assertTrue(
                written.get("docProps/core.xml").contains("<dc:title>标题 &amp; &lt;副题&gt;</dc:title>"),
                written.get("docProps/core.xml"));
        assertTrue(
                written.get(WordPackage.RELATIONSHIPS)
                        .contains("<Relationship Id=\"rIdCore\" Target=\"" + "docProps/core.xml\" Type=\""
                                + CoreProperties.RELATIONSHIP + "\"/>"),
                written.get(WordPackage.RELATIONSHIPS));
        assertTrue(
                written.get(WordPackage.CONTENT_TYPES)
                        .contains("<Override ContentType=\"application/vnd."
                                + "openxmlformats-package.core-properties+xml\" PartName=\"/docProps/core.xml\"/>"),
                written.get(WordPackage.CONTENT_TYPES));
        WordPackage reread = WordPackage.read(pkg.write(parts, CREATED));
        assertEquals("docProps/core.xml", reread.coreProperties());
    }

    @Test
    void theTemplatesOwnPropertiesAreKeptWithTheReportsReplacingTheirNamesakes() throws Exception {
        Map<String, String> template = template("<Relationship Id=\"rId2\" Type=\"" + CoreProperties.RELATIONSHIP
                + "\" Target=\"docProps/core.xml\"/>");
        template.put(
                "docProps/core.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\""
                        + "http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:d=\""
                        + "http://purl.org/dc/elements/1.1/\"><d:title>模板</d:title><cp:keywords>政务公开</cp:keywords>"
                        + "</cp:coreProperties>");
        WordPackage pkg = WordPackage.read(zip(template));
        String core = new String(
                CoreProperties.parts(pkg, new ReportView.Document("报告", "某县人民政府", "2023年政府信息公开工作年度报告", "zh-CN"))
                        .get("docProps/core.xml"),
                StandardCharsets.UTF_8);
        assertTrue(
                core.contains("<d:title>报告</d:title><cp:keywords>政务公开</cp:keywords><d:creator>某县人民政府"
                        + "</d:creator><d:subject>2023年政府信息公开工作年度报告</d:subject><d:language>zh-CN</d:language>"),
                core);
    }

    @Test
    void aPartThatIsNotWellFormedIsNamed() throws Exception {
        Map<String, String> template = template("");
        template.put("word/styles.xml", "<styles>");
        WordPackage.Unreadable e = assertThrows(WordPackage.Unreadable.class, () -> WordPackage.read(zip(template)));
        assertEquals(
                "its part word/styles.xml is not well-formed XML (XML document structures must start and end "
                        + "within the same entity.); expected a .docx saved by Word, WPS or LibreOffice",
                e.getMessage());
    }

    @Test
    void aPackageWithoutItsMainDocumentIsNotAWordDocument() throws Exception {
        Map<String, String> template = template("");
        template.remove("word/main.xml");
        WordPackage.Unreadable e = assertThrows(WordPackage.Unreadable.class, () -> WordPackage.read(zip(template)));
        assertEquals(
                "is not a Word document (word/main.xml is missing); expected a .docx saved by Word, WPS or "
                        + "LibreOffice",
                e.getMessage());
        Map<String, String> noRels = template("");
        noRels.remove(WordPackage.RELATIONSHIPS);
        e = assertThrows(WordPackage.Unreadable.class, () -> WordPackage.read(zip(noRels)));
        assertEquals(
                "is not a Word document (word/document.xml is missing); expected a .docx saved by Word, WPS or "
                        + "LibreOffice",
                e.getMessage());
    }
}
