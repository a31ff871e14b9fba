package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The built-in Word template, {@code templates/report.docx}, is made from the XML parts in
 * {@code src/test/resources/report-docx/}, so that a change to it can be read in a diff and the file rebuilt the same
 * way every time. After editing a part, rebuild the template with
 * {@code mvn -q test -Dtest=ReportDocxTemplateTest -Dreport.docx.rebuild=true}; without the property this test fails
 * while the two differ. It also checks that the template's font table and {@code templates/fonts.properties} name the
 * same families in the same order.
 */
class ReportDocxTemplateTest {

    private static final Path TEMPLATE = Path.of("templates/report.docx");
    private static final Path PARTS = Path.of("src/test/resources/report-docx");
    private static final Path FONT_ROLES = Path.of("templates/fonts.properties");
    /** The order Word writes a package in: the content types and the package relationships first. */
    private static final List<String> FIRST = List.of("[Content_Types].xml", "_rels/.rels");
    /** Every entry is dated the same, so the same parts always make the same template. */
    private static final LocalDateTime DATE = LocalDateTime.of(2026, 1, 1, 0, 0);

    @Test
    void theTemplateIsItsPartsZipped() throws IOException {
        Map<String, byte[]> parts = parts();
        if (Boolean.getBoolean("report.docx.rebuild")) {
            Files.write(TEMPLATE, zip(parts));
        }
        Map<String, byte[]> template = unzip(Files.readAllBytes(TEMPLATE));
        assertEquals(
                List.copyOf(parts.keySet()),
                List.copyOf(template.keySet()),
                "the parts and their order; rebuild " + TEMPLATE + " with -Dreport.docx.rebuild=true");
        for (String name : parts.keySet()) {
            assertTrue(
                    Arrays.equals(parts.get(name), template.get(name)),
                    name + " of " + TEMPLATE + " is not the one in " + PARTS
                            + "; rebuild it with -Dreport.docx.rebuild=true");
        }
    }

    /**
     * Each font the template's styles name is the first family of a role in {@code fonts.properties}, and its font
     * table entry gives the role's other families, in order, as alternative names (so Word and WPS look for them in turn),
     * with the GB2312 character set (86) and a panose and family class.
     */
    @Test
    void theFontTableTellsTheStoryOfFontsProperties() throws Exception {
        Properties roles = new Properties();
        roles.load(new StringReader(Files.readString(FONT_ROLES, StandardCharsets.UTF_8)));
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (String role : roles.stringPropertyNames()) {
            List<String> list = Stream.of(roles.getProperty(role).split(","))
                    .map(String::strip)
                    .toList();
            families.merge(list.get(0), list.subList(1, list.size()), (a, b) -> a.size() >= b.size() ? a : b);
        }
        Map<String, byte[]> template = unzip(Files.readAllBytes(TEMPLATE));
        Set<String> styleFonts = new LinkedHashSet<>();
        NodeList fonts =
                SafeXml.parse(template.get("word/styles.xml")).getElementsByTagNameNS(WordTemplateText.W, "rFonts");
        for (int i = 0; i < fonts.getLength(); i++) {
            styleFonts.add(((Element) fonts.item(i)).getAttributeNS(WordTemplateText.W, "eastAsia"));
        }
        assertTrue(template.containsKey("word/fontTable.xml"), "the template has a font table");
        Map<String, Element> table = new LinkedHashMap<>();
        NodeList entries =
                SafeXml.parse(template.get("word/fontTable.xml")).getElementsByTagNameNS(WordTemplateText.W, "font");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            table.put(entry.getAttributeNS(WordTemplateText.W, "name"), entry);
        }
        for (String font : styleFonts) {
            assertTrue(families.containsKey(font), font + " (a style's font) heads a role in " + FONT_ROLES);
            Element entry = table.get(font);
            assertTrue(entry != null, font + " has an entry in word/fontTable.xml");
            assertEquals(String.join(",", families.get(font)), value(entry, "altName"), font + ": alternative names");
            assertEquals("86", value(entry, "charset"), font + ": GB2312");
            assertTrue(value(entry, "panose1").matches("[0-9A-F]{20}"), font + ": panose");
            assertTrue(
                    Set.of("roman", "swiss", "modern", "script", "decorative", "auto")
                            .contains(value(entry, "family")),
                    font + ": family class");
        }
    }

    private static String value(Element entry, String child) {
        NodeList list = entry.getElementsByTagNameNS(WordTemplateText.W, child);
        return list.getLength() == 0 ? "" : ((Element) list.item(0)).getAttributeNS(WordTemplateText.W, "val");
    }

    /** The parts under {@link #PARTS}, by part name, in the order a package is written. */
    private static Map<String, byte[]> parts() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PARTS)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> names.add(PARTS.relativize(f).toString().replace('\\', '/')));
        }
        names.sort((a, b) -> {
            int ia = FIRST.indexOf(a);
            int ib = FIRST.indexOf(b);
            return ia >= 0 || ib >= 0
                    ? Integer.compare(ia < 0 ? FIRST.size() : ia, ib < 0 ? FIRST.size() : ib)
                    : a.compareTo(b);
        });
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (String name : names) {
            parts.put(name, Files.readAllBytes(PARTS.resolve(name)));
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTimeLocal(DATE);
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }
}
