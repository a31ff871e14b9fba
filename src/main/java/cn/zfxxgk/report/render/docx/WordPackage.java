package cn.zfxxgk.report.render.docx;

import cn.zfxxgk.report.problem.Message;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Word template as a package (Open Packaging Conventions: a zip of parts): every part in the template's order, read
 * once per run, every XML part checked to be well-formed. A filled-in document is the same package with some parts
 * replaced, so the styles, page setup, footers, images and anything else the editor put in the template reach the
 * output byte for byte. Reading and writing a few parts needs no document model, which keeps DOCX output fast to start
 * and cheap per report.
 */
final class WordPackage {

    /** A template that cannot be used; the message says why and what was expected. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient Message text;

        Unreadable(Message text, Throwable cause) {
            super(text.en(), cause);
            this.text = text;
        }

        /** What is wrong, in both languages. */
        Message text() {
            return text;
        }
    }

    /** A Word template is a few hundred kilobytes; what unpacks to more than this is not one (a zip bomb). */
    static final long MAX_UNPACKED = 64L * 1024 * 1024;

    static final String RELATIONSHIPS = "_rels/.rels";
    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String DEFAULT_DOCUMENT = "word/document.xml";

    /** Dates inside the zip are local times; the reports are Chinese, so Beijing time, whatever the machine's zone. */
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private final Map<String, byte[]> parts;
    private final Map<String, String> relationships;

    private WordPackage(Map<String, byte[]> parts, Map<String, String> relationships) {
        this.parts = Collections.unmodifiableMap(parts);
        this.relationships = relationships;
    }

    /** The package in {@code zip}, refused when it is not a readable Word document. */
    static WordPackage read(byte[] zip) throws Unreadable {
        Map<String, byte[]> parts = unpack(zip);
        if (!parts.containsKey(CONTENT_TYPES) || !parts.containsKey(RELATIONSHIPS)) {
            String missing = !parts.containsKey(DEFAULT_DOCUMENT)
                    ? DEFAULT_DOCUMENT
                    : parts.containsKey(CONTENT_TYPES) ? RELATIONSHIPS : CONTENT_TYPES;
            throw new Unreadable(WordMessages.partMissing(missing), null);
        }
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (isXml(part.getKey())) {
                try {
                    SafeXml.check(part.getValue());
                } catch (SafeXml.Malformed e) {
                    throw new Unreadable(WordMessages.malformedPart(part.getKey(), e.getMessage()), e);
                }
            }
        }
        parts = PackageSafety.check(parts);
        WordPackage pkg = new WordPackage(parts, relationships(parts.get(RELATIONSHIPS)));
        String document = pkg.mainDocument();
        if (!parts.containsKey(document)) {
            throw new Unreadable(WordMessages.partMissing(document), null);
        }
        return pkg;
    }

    /** The name of the main document part ({@code word/document.xml} in what Word, WPS and LibreOffice save). */
    String mainDocument() {
        for (Map.Entry<String, String> relationship : relationships.entrySet()) {
            if (relationship.getKey().endsWith("/officeDocument")) { // the transitional and the strict namespace
                return relationship.getValue();
            }
        }
        return DEFAULT_DOCUMENT;
    }

    /** The name of the core properties part (title, author, …), or {@code null} when the template has none. */
    String coreProperties() {
        return relationships.get(CoreProperties.RELATIONSHIP);
    }

    /** The bytes of part {@code name}, or {@code null}. */
    byte[] part(String name) {
        return parts.get(name);
    }

    /**
     * The package with the parts of {@code replaced} put in (in place, or after the others when new), every entry dated
     * {@code created} so the same input gives the same bytes.
     */
    byte[] write(Map<String, byte[]> replaced, Instant created) {
        LocalDateTime date = zipDate(created);
        Map<String, byte[]> all = new LinkedHashMap<>(parts);
        all.putAll(replaced);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : all.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTimeLocal(date);
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /**
     * The zip format's own date range (MS-DOS dates, two-second steps); Java stores a date outside it in the machine's
     * time zone — and also 1980-01-01 00:00:00 itself, which it takes for its own "before 1980" mark, so the range
     * starts two seconds later.
     */
    private static final LocalDateTime FIRST_ZIP_DATE = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    private static final LocalDateTime LAST_ZIP_DATE = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    /**
     * The date every entry carries: {@code created} in Beijing time, clamped to the range the zip format can hold, so
     * that no date (a signature dated 1900, {@code SOURCE_DATE_EPOCH=0}) makes the bytes depend on the machine's zone.
     */
    static LocalDateTime zipDate(Instant created) {
        LocalDateTime date = LocalDateTime.ofInstant(created, BEIJING);
        return date.isBefore(FIRST_ZIP_DATE) ? FIRST_ZIP_DATE : date.isAfter(LAST_ZIP_DATE) ? LAST_ZIP_DATE : date;
    }

    private static Map<String, byte[]> unpack(byte[] zip) throws Unreadable {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                PackageSafety.checkName(entry.getName());
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED) {
                        throw new Unreadable(WordMessages.zipBomb(MAX_UNPACKED / (1024 * 1024)), null);
                    }
                    content.write(buffer, 0, n);
                }
                if (!entry.isDirectory() && parts.put(entry.getName(), content.toByteArray()) != null) {
                    throw new Unreadable(WordMessages.partTwice(entry.getName()), null);
                }
            }
        } catch (ZipException e) {
            throw new Unreadable(WordMessages.notAZip(e.getMessage()), e);
        } catch (IOException e) { // from memory, only a damaged zip: a truncated file ends in EOFException
            throw new Unreadable(WordMessages.truncated(), e);
        }
        return parts;
    }

    /** Relationship type → target part name, for the package-level relationships. */
    private static Map<String, String> relationships(byte[] rels) throws Unreadable {
        Map<String, String> found = new LinkedHashMap<>();
        try {
            NodeList list = SafeXml.parse(rels).getElementsByTagNameNS(RELATIONSHIPS_NS, "Relationship");
            for (int i = 0; i < list.getLength(); i++) {
                Element relationship = (Element) list.item(i);
                String target = relationship.getAttribute("Target");
                if (!"External".equals(relationship.getAttribute("TargetMode"))) {
                    found.putIfAbsent(
                            relationship.getAttribute("Type"), target.startsWith("/") ? target.substring(1) : target);
                }
            }
        } catch (SafeXml.Malformed e) {
            throw new Unreadable(WordMessages.malformedPart(RELATIONSHIPS, e.getMessage()), e);
        }
        return found;
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** The parsed {@code [Content_Types].xml}, for a part added to the package. */
    Document contentTypes() throws SafeXml.Malformed {
        return SafeXml.parse(parts.get(CONTENT_TYPES));
    }

    /** The parsed {@code _rels/.rels}, for a part added to the package. */
    Document packageRelationships() throws SafeXml.Malformed {
        return SafeXml.parse(parts.get(RELATIONSHIPS));
    }

    /** One of a part's relationships to another part of the package, its target as a part name. */
    record Relationship(String id, String type, String target) {}

    /** {@code part}'s relationships inside the package, external ones left out, in the order its rels part has. */
    List<Relationship> relationships(String part) throws SafeXml.Malformed {
        int slash = part.lastIndexOf('/');
        String directory = slash < 0 ? "" : part.substring(0, slash + 1);
        byte[] rels = part(directory + "_rels/" + part.substring(slash + 1) + ".rels");
        List<Relationship> targets = new ArrayList<>();
        if (rels == null) {
            return targets;
        }
        NodeList list = SafeXml.parse(rels).getElementsByTagNameNS(RELATIONSHIPS_NS, "Relationship");
        for (int i = 0; i < list.getLength(); i++) {
            Element relationship = (Element) list.item(i);
            String target = relationship.getAttribute("Target");
            if (!"External".equals(relationship.getAttribute("TargetMode"))) {
                targets.add(new Relationship(
                        relationship.getAttribute("Id"),
                        relationship.getAttribute("Type"),
                        target.startsWith("/") ? target.substring(1) : directory + target));
            }
        }
        return targets;
    }

    /** The part that {@code part}'s first relationship of a type ending in {@code typeEnd} points to, or null. */
    String related(String part, String typeEnd) throws SafeXml.Malformed {
        return relationships(part).stream()
                .filter(r -> r.type().endsWith(typeEnd))
                .map(Relationship::target)
                .findFirst()
                .orElse(null);
    }
}
