package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The built-in Word template, {@code templates/report.docx}, is made from the XML parts in
 * {@code src/test/resources/report-docx/}, so that a change to it can be read in a diff and the file rebuilt the same way
 * every time. After editing a part, rebuild the template with
 * {@code mvn -q test -Dtest=ReportDocxTemplateTest -Dreport.docx.rebuild=true}; without the property this test fails
 * while the two differ.
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
        assertEquals(List.copyOf(parts.keySet()), List.copyOf(template.keySet()), "the parts and their order; rebuild "
                + TEMPLATE + " with -Dreport.docx.rebuild=true");
        for (String name : parts.keySet()) {
            assertTrue(Arrays.equals(parts.get(name), template.get(name)), name + " of " + TEMPLATE + " is not the one in "
                    + PARTS + "; rebuild it with -Dreport.docx.rebuild=true");
        }
    }

    /** The parts under {@link #PARTS}, by part name, in the order a package is written. */
    private static Map<String, byte[]> parts() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PARTS)) {
            files.filter(Files::isRegularFile).forEach(f -> names.add(PARTS.relativize(f).toString().replace('\\', '/')));
        }
        names.sort((a, b) -> {
            int ia = FIRST.indexOf(a);
            int ib = FIRST.indexOf(b);
            return ia >= 0 || ib >= 0 ? Integer.compare(ia < 0 ? FIRST.size() : ia, ib < 0 ? FIRST.size() : ib)
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
