package cn.zfxxgk.report.render.docx;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a Word template may carry into every generated document, decided before it is used. Every document the engine
 * writes is a copy of the template's package, so whatever the template holds reaches every office that opens a report:
 * <ul>
 * <li>part names must stay inside the package ({@code ../../evil.txt}, absolute names and backslashes are refused: an
 * unpacking tool would write them outside its folder);</li>
 * <li>macros and active content are refused: a {@code .docm} renamed to {@code .docx}, a {@code vbaProject.bin},
 * ActiveX controls, embedded OLE objects, and fields that run or fetch something ({@code DDEAUTO},
 * {@code INCLUDETEXT}, {@code INCLUDEPICTURE}, {@code LINK}, {@code IMPORT});</li>
 * <li>relationships to the outside: hyperlinks are kept (they load nothing until a reader clicks); the attached
 * template Word records by itself (often a {@code file:///C:/Users/…/Normal.dotm} of the editor's machine) is dropped,
 * with the setting that names it; any other external target (a linked image, a linked object) is refused.</li>
 * </ul>
 */
final class PackageSafety {

    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String ATTACHED_TEMPLATE = "/attachedTemplate";
    /** Content types of macros and active content (checked as lower-case substrings). */
    private static final List<String> ACTIVE_CONTENT =
            List.of("macroenabled", "vbaproject", "vbadata", "activex", "oleobject", "keymapcustomizations");

    private static final Pattern ACTIVE_FIELD = Pattern.compile(
            "\\b(DDEAUTO|DDE|INCLUDETEXT|INCLUDEPICTURE|LINK|" + "IMPORT)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INSTRUCTION =
            Pattern.compile("<w:instrText[^>]*>([^<]*)</w:instrText>" + "|w:instr=\"([^\"]*)\"");

    private PackageSafety() {}

    /** Refuses an unsafe part name. */
    static void checkName(String name) throws WordPackage.Unreadable {
        boolean unsafe = name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.contains(":")
                || name.chars().anyMatch(c -> c < 0x20);
        for (String segment : name.split("/", -1)) {
            unsafe |= segment.equals("..") || segment.equals(".") || (segment.isEmpty() && !name.endsWith("/"));
        }
        if (unsafe) {
            throw new WordPackage.Unreadable(WordMessages.unsafeName(printable(name)), null);
        }
    }

    /**
     * The parts of a package that may be used as a template: {@code parts} with the attached template dropped, or a
     * refusal naming what is not allowed.
     */
    static Map<String, byte[]> check(Map<String, byte[]> parts) throws WordPackage.Unreadable {
        Map<String, byte[]> safe = new LinkedHashMap<>(parts);
        ContentTypes types = new ContentTypes(parts.get(WordPackage.CONTENT_TYPES));
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String type = types.of(part.getKey()).toLowerCase(Locale.ROOT);
            if (ACTIVE_CONTENT.stream().anyMatch(type::contains)
                    || part.getKey().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                throw new WordPackage.Unreadable(WordMessages.activeContent(part.getKey()), null);
            }
            if (part.getKey().endsWith(".xml") && part.getKey().startsWith("word/")) {
                activeFields(part.getKey(), part.getValue());
            }
            if (part.getKey().endsWith(".rels")) {
                relationships(part.getKey(), safe);
            }
        }
        return safe;
    }

    /** Refuses fields that run a program or fetch a file when the document is opened or updated. */
    private static void activeFields(String name, byte[] xml) throws WordPackage.Unreadable {
        Matcher m = INSTRUCTION.matcher(new String(xml, StandardCharsets.UTF_8));
        StringBuilder instructions = new StringBuilder();
        while (m.find()) {
            instructions.append(m.group(1) != null ? m.group(1) : m.group(2));
        }
        Matcher field = ACTIVE_FIELD.matcher(instructions);
        if (field.find()) {
            throw new WordPackage.Unreadable(
                    WordMessages.activeField(field.group(1).toUpperCase(Locale.ROOT), name), null);
        }
    }

    /** Checks the relationships in {@code name}; drops an external attached template from {@code parts}. */
    private static void relationships(String name, Map<String, byte[]> parts) throws WordPackage.Unreadable {
        Document rels;
        try {
            rels = SafeXml.parse(parts.get(name));
        } catch (SafeXml.Malformed e) {
            return; // reported as malformed by the package reader
        }
        NodeList list = rels.getElementsByTagNameNS(WordPackage.RELATIONSHIPS_NS, "Relationship");
        boolean dropped = false;
        for (int i = list.getLength() - 1; i >= 0; i--) {
            Element relationship = (Element) list.item(i);
            String type = relationship.getAttribute("Type");
            String target = relationship.getAttribute("Target");
            if (!"External".equals(relationship.getAttribute("TargetMode"))) {
                if (escapes(name, target)) {
                    throw new WordPackage.Unreadable(WordMessages.relationshipOutside(name, printable(target)), null);
                }
                continue;
            }
            if (type.endsWith("/hyperlink")) {
                continue;
            }
            if (type.endsWith(ATTACHED_TEMPLATE)) {
                dropAttachedTemplate(name, relationship.getAttribute("Id"), parts);
                relationship.getParentNode().removeChild(relationship);
                dropped = true;
                continue;
            }
            throw new WordPackage.Unreadable(
                    WordMessages.externalLink(type.substring(type.lastIndexOf('/') + 1), printable(target), name),
                    null);
        }
        if (dropped) {
            parts.put(name, SafeXml.serialize(rels).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Removes the {@code w:attachedTemplate} setting that names relationship {@code id} of {@code relsName}'s part. */
    private static void dropAttachedTemplate(String relsName, String id, Map<String, byte[]> parts)
            throws WordPackage.Unreadable {
        String source = sourceOf(relsName);
        if (source == null || parts.get(source) == null) {
            return;
        }
        try {
            Document settings = SafeXml.parse(parts.get(source));
            NodeList attached = settings.getElementsByTagNameNS(WORD_NS, "attachedTemplate");
            for (int i = attached.getLength() - 1; i >= 0; i--) {
                Element element = (Element) attached.item(i);
                if (id.equals(element.getAttributeNS(
                        "http://schemas.openxmlformats.org/officeDocument/2006/" + "relationships", "id"))) {
                    element.getParentNode().removeChild(element);
                }
            }
            parts.put(source, SafeXml.serialize(settings).getBytes(StandardCharsets.UTF_8));
        } catch (SafeXml.Malformed e) {
            throw new WordPackage.Unreadable(WordMessages.malformedPart(source, e.getMessage()), e);
        }
    }

    /** {@code word/_rels/settings.xml.rels} → {@code word/settings.xml}; {@code _rels/.rels} → none. */
    private static String sourceOf(String relsName) {
        int slash = relsName.lastIndexOf("_rels/");
        String file = relsName.substring(slash + "_rels/".length(), relsName.length() - ".rels".length());
        return file.isEmpty() ? null : relsName.substring(0, slash) + file;
    }

    /** Whether an internal {@code target} of relationships part {@code relsName} climbs out of the package. */
    private static boolean escapes(String relsName, String target) {
        if (target.startsWith("/")) {
            return target.contains("/../");
        }
        String base = relsName.substring(0, relsName.lastIndexOf("_rels/"));
        int depth = base.isEmpty() ? 0 : base.split("/").length;
        for (String segment : target.split("/")) {
            if (segment.equals("..")) {
                depth--;
                if (depth < 0) {
                    return true;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return false;
    }

    private static String printable(String text) {
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
    }

    /** The content types of the package: by part name, else by extension. */
    private static final class ContentTypes {
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private final Map<String, String> defaults = new LinkedHashMap<>();

        ContentTypes(byte[] xml) throws WordPackage.Unreadable {
            try {
                Document document = SafeXml.parse(xml);
                NodeList list = document.getElementsByTagNameNS(WordPackage.CONTENT_TYPES_NS, "Override");
                for (int i = 0; i < list.getLength(); i++) {
                    Element override = (Element) list.item(i);
                    String part = override.getAttribute("PartName");
                    overrides.put(
                            part.startsWith("/") ? part.substring(1) : part, override.getAttribute("ContentType"));
                }
                list = document.getElementsByTagNameNS(WordPackage.CONTENT_TYPES_NS, "Default");
                for (int i = 0; i < list.getLength(); i++) {
                    Element element = (Element) list.item(i);
                    defaults.put(
                            element.getAttribute("Extension").toLowerCase(Locale.ROOT),
                            element.getAttribute("ContentType"));
                }
            } catch (SafeXml.Malformed e) {
                throw new WordPackage.Unreadable(
                        WordMessages.malformedPart(WordPackage.CONTENT_TYPES, e.getMessage()), e);
            }
        }

        String of(String part) {
            String type = overrides.get(part);
            if (type != null) {
                return type;
            }
            int dot = part.lastIndexOf('.');
            return dot < 0 ? "" : defaults.getOrDefault(part.substring(dot + 1).toLowerCase(Locale.ROOT), "");
        }
    }
}
