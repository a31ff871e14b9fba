package cn.zfxxgk.report.fonts;

import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of each face in a TrueType or OpenType file or collection ({@code .ttf}, {@code .otf}, {@code .ttc}), read
 * from the table directory and the {@code name} table only: a few kilobytes of files of many megabytes. A machine has
 * dozens of fonts and a report uses three or four, so the catalog learns every name this way and parses only the faces
 * a report asks for.
 */
final class FontFileNames {

    /**
     * One face: its names (family, full, PostScript and typographic family names, in every language the font gives),
     * the family name to show, its PostScript name (how a collection's face is picked), whether its outlines are CFF.
     */
    record Face(Set<String> names, String family, String postScriptName, boolean cff, boolean inCollection) {}

    private static final int TTC = 0x74746366; // 'ttcf'
    private static final int NAME = 0x6E616D65; // 'name'
    private static final int GLYF = 0x676C7966; // 'glyf'
    private static final int CFF = 0x43464620; // 'CFF '
    private static final int CFF2 = 0x43464632; // 'CFF2'
    private static final int MAX_FACES = 256;
    private static final int MAX_NAME_TABLE = 4 * 1024 * 1024;
    private static final int FAMILY = 1;
    private static final int FULL_NAME = 4;
    private static final int POSTSCRIPT_NAME = 6;
    private static final int TYPOGRAPHIC_FAMILY = 16;
    private static final int WINDOWS = 3;
    private static final int MACINTOSH = 1;
    private static final int UNICODE = 0;
    private static final int US_ENGLISH = 0x409;

    private FontFileNames() {}

    /** The faces of {@code file}, in the file's order. */
    static List<Face> read(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (in.length() < 12) {
                throw new IOException("too short for a font");
            }
            List<Face> faces = new ArrayList<>();
            if (in.readInt() == TTC) {
                in.seek(8);
                long count = in.readInt() & 0xFFFFFFFFL;
                if (count == 0 || count > MAX_FACES) {
                    throw new IOException("a collection of " + count + " faces");
                }
                long[] offsets = new long[(int) count];
                for (int i = 0; i < count; i++) {
                    offsets[i] = in.readInt() & 0xFFFFFFFFL;
                }
                for (long offset : offsets) {
                    faces.add(face(in, offset, true));
                }
            } else {
                faces.add(face(in, 0, false));
            }
            return faces;
        } catch (EOFException e) {
            throw new IOException("the file ends inside its table directory", e);
        }
    }

    private static Face face(RandomAccessFile in, long offset, boolean inCollection) throws IOException {
        in.seek(offset + 4);
        int tables = in.readUnsignedShort();
        long nameOffset = -1;
        long nameLength = 0;
        boolean glyf = false;
        boolean cff = false;
        for (int i = 0; i < tables; i++) {
            in.seek(offset + 12 + 16L * i);
            int tag = in.readInt();
            in.readInt(); // checksum
            long tableOffset = in.readInt() & 0xFFFFFFFFL;
            long length = in.readInt() & 0xFFFFFFFFL;
            if (tag == NAME) {
                nameOffset = tableOffset;
                nameLength = length;
            }
            glyf |= tag == GLYF;
            cff |= tag == CFF || tag == CFF2;
        }
        if (nameOffset < 0 || nameLength < 6 || nameLength > MAX_NAME_TABLE || nameOffset + nameLength > in.length()) {
            throw new IOException("no readable 'name' table");
        }
        byte[] table = new byte[(int) nameLength];
        in.seek(nameOffset);
        in.readFully(table);
        return names(table, cff || !glyf, inCollection);
    }

    private static Face names(byte[] table, boolean cff, boolean inCollection) throws IOException {
        int count = u16(table, 2);
        int strings = u16(table, 4);
        Set<String> names = new LinkedHashSet<>();
        String family = null;
        String anyFamily = null;
        String postScript = null;
        for (int i = 0; i < count; i++) {
            int record = 6 + 12 * i;
            if (record + 12 > table.length) {
                throw new IOException("the 'name' table is cut short");
            }
            int platform = u16(table, record);
            int encoding = u16(table, record + 2);
            int language = u16(table, record + 4);
            int id = u16(table, record + 6);
            int length = u16(table, record + 8);
            int start = strings + u16(table, record + 10);
            Charset charset = charset(platform, encoding);
            if ((id != FAMILY && id != FULL_NAME && id != POSTSCRIPT_NAME && id != TYPOGRAPHIC_FAMILY)
                    || charset == null
                    || start + length > table.length) {
                continue;
            }
            String name = new String(table, start, length, charset).strip();
            if (name.isEmpty()) {
                continue;
            }
            names.add(name);
            if (id == FAMILY) {
                anyFamily = anyFamily == null ? name : anyFamily;
                if (platform == WINDOWS && language == US_ENGLISH
                        || family == null && platform == MACINTOSH && language == 0) {
                    family = name;
                }
            } else if (id == POSTSCRIPT_NAME && (postScript == null || platform == WINDOWS && language == US_ENGLISH)) {
                postScript = name; // as FontBox names the face: Windows US English first
            }
        }
        if (names.isEmpty()) {
            throw new IOException("the font has no name");
        }
        String shown = family != null
                ? family
                : anyFamily != null ? anyFamily : names.iterator().next();
        return new Face(names, shown, postScript != null ? postScript : shown, cff, inCollection);
    }

    /** How a name record's bytes are encoded: UTF-16 on the Unicode and Windows platforms, Roman on the Mac. */
    private static Charset charset(int platform, int encoding) {
        if (platform == UNICODE || platform == WINDOWS && (encoding == 0 || encoding == 1 || encoding == 10)) {
            return StandardCharsets.UTF_16BE;
        }
        if (platform == MACINTOSH && encoding == 0) {
            return StandardCharsets.ISO_8859_1;
        }
        return null; // legacy East Asian encodings: the same names are also given in UTF-16 by every CJK font
    }

    private static int u16(byte[] bytes, int at) throws IOException {
        if (at + 2 > bytes.length) {
            throw new IOException("the 'name' table is cut short");
        }
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }
}
