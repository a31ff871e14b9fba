package cn.zfxxgk.report.render.ofd;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates the XML parts of an OFD package: against {@code ofd-profile.xsd} (what GB/T 33190 allows, narrowed to
 * what the converter writes) always, and against the standard's own schemas too when the system property
 * {@value #OFFICIAL} names a directory holding them ({@code OFD.xsd}, {@code Document.xsd}, {@code Page.xsd},
 * {@code Res.xsd} and the files they include), e.g. {@code mvn test -Dofd.schemas=/path/to/GBT33190-annex-a}.
 */
final class OfdSchema {

    /** The system property naming a directory with the standard's schemas. */
    static final String OFFICIAL = "ofd.schemas";

    private static final Pattern ROOT = Pattern.compile("<ofd:(OFD|Document|Res|Page)[\\s>]");
    private static final Map<String, String> OFFICIAL_FILES =
            Map.of("OFD", "OFD.xsd", "Document", "Document.xsd", "Res", "Res.xsd", "Page", "Page.xsd");

    private OfdSchema() {}

    /** Validates every XML part of {@code ofd}; the names of the parts checked. */
    static List<String> validateAll(byte[] ofd) throws IOException, SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema profile = factory.newSchema(OfdSchema.class.getResource("ofd-profile.xsd"));
        String official = System.getProperty(OFFICIAL);
        List<String> checked = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.getName().endsWith(".xml")) {
                    continue;
                }
                byte[] part = zip.readAllBytes();
                validate(entry.getName(), part, profile);
                if (official != null && !official.isBlank()) {
                    Matcher root =
                            ROOT.matcher(new String(part, 0, Math.min(part.length, 400), StandardCharsets.UTF_8));
                    if (!root.find()) {
                        throw new AssertionError(entry.getName() + ": no OFD root element");
                    }
                    Path xsd = Path.of(official).resolve(OFFICIAL_FILES.get(root.group(1)));
                    if (!Files.isRegularFile(xsd)) {
                        throw new AssertionError(OFFICIAL + "=" + official + " has no " + xsd.getFileName());
                    }
                    validate(entry.getName(), part, factory.newSchema(xsd.toFile()));
                }
                checked.add(entry.getName());
            }
        }
        return checked;
    }

    private static void validate(String name, byte[] part, Schema schema) throws IOException, SAXException {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(part)));
        } catch (SAXParseException e) {
            throw new AssertionError(
                    name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage(), e);
        }
    }
}
