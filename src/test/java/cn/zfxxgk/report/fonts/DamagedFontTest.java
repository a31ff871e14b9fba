package cn.zfxxgk.report.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.Requirements;
import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of a TrueType font whose outlines are damaged maps characters to glyphs that draw nothing: used, it would make
 * the report's text invisible. Such a face is never chosen: a face damaged throughout is skipped when it is found, one
 * damaged only for a character the report uses is left out when that character is checked, each with a notice.
 */
class DamagedFontTest {

    @TempDir
    Path work;

    private final List<String> notices = new ArrayList<>();

    private static FontRoles bodyIs(String families) {
        List<Problem> problems = new ArrayList<>();
        FontRoles roles = FontRoles.parse(
                "title = " + families + "\nbody = " + families + "\nheading = " + families + "\nsubheading = "
                        + families + "\ntable = " + families + "\npageNumber = " + families + "\n",
                "fonts.properties",
                problems);
        assertEquals(List.of(), problems);
        return roles;
    }

    @Test
    void aFaceWhoseGlyphTableIsZeroedIsSkippedWithANotice() throws IOException {
        Requirements.requireDebianCjkFonts();
        byte[] font = Files.readAllBytes(Requirements.SUNG);
        int[] glyf = table(font, "glyf");
        Arrays.fill(font, glyf[0], glyf[0] + glyf[1], (byte) 0);
        Path damaged = work.resolve("damaged.ttf");
        Files.write(damaged, font);
        try (FontCatalog catalog = new FontCatalog(List.of(damaged), false, notice -> notices.add(notice.en()))) {
            assertTrue(catalog.find("AR PL SungtiL GB").isEmpty());
        }
        assertEquals(
                List.of("font AR PL SungtiL GB in " + damaged + " is damaged (its glyph for '的' (U+7684) has no "
                        + "outline); it is skipped"),
                notices);
    }

    @Test
    void aFaceWithLocaOffsetsOutOfRangeIsSkipped() throws IOException {
        Requirements.requireDebianCjkFonts();
        byte[] font = Files.readAllBytes(Requirements.SUNG);
        int[] loca = table(font, "loca");
        ByteBuffer buffer = ByteBuffer.wrap(font);
        boolean longOffsets = buffer.getShort(table(font, "head")[0] + 50) == 1;
        for (int entry = loca[0] + (longOffsets ? 4 : 2); entry < loca[0] + loca[1]; entry += longOffsets ? 4 : 2) {
            if (longOffsets) {
                buffer.putInt(entry, Integer.MAX_VALUE - 4);
            } else {
                buffer.putShort(entry, (short) 0xFFFF);
            }
        }
        Path damaged = work.resolve("loca.ttf");
        Files.write(damaged, font);
        try (FontCatalog catalog = new FontCatalog(List.of(damaged), false, notice -> notices.add(notice.en()))) {
            assertTrue(catalog.find("AR PL SungtiL GB").isEmpty());
        }
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("font AR PL SungtiL GB in " + damaged + " is damaged ("), notices.get(0));
    }

    @Test
    void aFaceDamagedForOneCharacterIsLeftOutWhenThatCharacterIsAskedFor() throws IOException {
        Requirements.requireDebianCjkFonts();
        byte[] font = Files.readAllBytes(Requirements.SUNG);
        int glyph;
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            glyph = parsed.getUnicodeCmapLookup().getGlyphId('坤');
        }
        zeroGlyph(font, glyph);
        Path damaged = work.resolve("one-glyph.ttf");
        Files.write(damaged, font);
        try (FontCatalog catalog = new FontCatalog(List.of(damaged), false, notice -> notices.add(notice.en()))) {
            FontSet set = new FontSet(bodyIs("AR PL SungtiL GB"), catalog, notice -> notices.add(notice.en()));
            FontFace sung = catalog.find("AR PL SungtiL GB").orElseThrow();
            assertSame(sung, set.faceFor(FontRole.BODY, '巴'), "the rest of the face is fine");
            assertSame(catalog.builtIn(), set.faceFor(FontRole.BODY, '坤'), "the next face draws it");
            assertSame(catalog.builtIn(), set.faceFor(FontRole.BODY, '巴'), "and the damaged face is used no more");
            assertTrue(set.registrations().stream().noneMatch(r -> r.face() == sung), "not given to the PDF");
        }
        assertEquals(
                List.of("font AR PL SungtiL GB in " + damaged + " is damaged (its glyph for '坤' (U+5764) has no "
                        + "outline); it is not used"),
                notices);
    }

    /** Offset and length of table {@code tag} of a TrueType file. */
    private static int[] table(byte[] font, String tag) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = buffer.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (new String(font, record, 4, java.nio.charset.StandardCharsets.US_ASCII).equals(tag)) {
                return new int[] {buffer.getInt(record + 8), buffer.getInt(record + 12)};
            }
        }
        throw new IllegalArgumentException("no table " + tag);
    }

    /** Zeroes the outline data of glyph {@code id}: its header says no contours, so it draws nothing. */
    private static void zeroGlyph(byte[] font, int id) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        boolean longOffsets = buffer.getShort(table(font, "head")[0] + 50) == 1;
        int loca = table(font, "loca")[0];
        int start = longOffsets ? buffer.getInt(loca + 4 * id) : (buffer.getShort(loca + 2 * id) & 0xFFFF) * 2;
        int end =
                longOffsets ? buffer.getInt(loca + 4 * (id + 1)) : (buffer.getShort(loca + 2 * (id + 1)) & 0xFFFF) * 2;
        int glyf = table(font, "glyf")[0];
        Arrays.fill(font, glyf + start, glyf + end, (byte) 0);
    }
}
