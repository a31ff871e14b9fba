package cn.zfxxgk.report.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.Requirements;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FontCatalogTest {

    private final List<String> notices = new ArrayList<>();

    @Test
    void findsAFaceByAnyOfItsNamesInAnyLanguage() throws IOException {
        Requirements.requireDebianCjkFonts();
        try (FontCatalog catalog =
                new FontCatalog(List.of(Requirements.SUNG), false, notice -> notices.add(notice.en()))) {
            FontFace face = catalog.find("AR PL SungtiL GB").orElseThrow();
            assertEquals("AR PL SungtiL GB", face.name());
            assertSame(face, catalog.find("文鼎ＰＬ简报宋").orElseThrow(), "the Chinese family name");
            assertSame(face, catalog.find("ar pl sungtil gb").orElseThrow(), "case and spaces do not matter");
            assertTrue(face.has('国') && face.has('—'), "宋 style with the full-width em dash");
            assertTrue(catalog.find("仿宋_GB2312").isEmpty(), "no such font here");
        }
        assertEquals(List.of(), notices);
    }

    @Test
    void aClosedCatalogFindsNothingAndSaysNothing() throws IOException {
        Requirements.requireDebianCjkFonts();
        FontCatalog catalog =
                new FontCatalog(List.of(Requirements.HEI.getParent()), false, notice -> notices.add(notice.en()));
        catalog.close(); // as when a run ends while its fonts are prepared in the background
        assertTrue(catalog.find("WenQuanYi Zen Hei").isEmpty());
        assertEquals(List.of(), notices);
    }

    @Test
    void picksOneFaceOutOfACollection() throws IOException {
        Requirements.requireDebianCjkFonts();
        try (FontCatalog catalog =
                new FontCatalog(List.of(Requirements.HEI.getParent()), false, notice -> notices.add(notice.en()))) {
            assertEquals(
                    "WenQuanYi Zen Hei",
                    catalog.find("WenQuanYi Zen Hei").orElseThrow().name());
            assertEquals(
                    "WenQuanYi Zen Hei Mono",
                    catalog.find("文泉驿等宽正黑").orElseThrow().name());
        }
    }

    @Test
    void skipsFontsWithCffOutlinesWithAOneLineNotice() throws IOException {
        Requirements.require("fonts-cantarell", Requirements.CFF);
        try (FontCatalog catalog =
                new FontCatalog(List.of(Requirements.CFF), false, notice -> notices.add(notice.en()))) {
            assertTrue(catalog.find("Cantarell").isEmpty());
            assertTrue(catalog.find("Cantarell").isEmpty(), "asked twice, noticed once");
        }
        assertEquals(
                List.of("font 'Cantarell' in " + Requirements.CFF + " has CFF outlines, which PDF output cannot "
                        + "embed; it is skipped"),
                notices);
    }

    @Test
    void aMissingOrBrokenFontPathIsPassedOverWithANotice(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path broken = dir.resolve("broken.ttf");
        java.nio.file.Files.writeString(broken, "not a font");
        try (FontCatalog catalog =
                new FontCatalog(List.of(broken, dir.resolve("nowhere")), false, notice -> notices.add(notice.en()))) {
            assertTrue(catalog.find("anything").isEmpty());
        }
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("font file " + broken + " cannot be read ("), notices.get(0));
        assertEquals("font path " + dir.resolve("nowhere") + " does not exist; it is ignored", notices.get(1));
    }

    @Test
    void withoutSystemFontsEveryRoleFallsBackToTheBuiltInFont() throws IOException {
        List<cn.zfxxgk.report.problem.Problem> problems = new ArrayList<>();
        FontRoles roles = FontRoles.parse(
                "title = SimSun\nbody = 仿宋_GB2312, AR PL SungtiL GB\nheading = 黑体\n"
                        + "subheading = 楷体\ntable = 宋体\npageNumber = 宋体\n",
                "fonts.properties",
                problems);
        assertEquals(List.of(), problems);
        try (FontCatalog catalog = new FontCatalog(List.of(), false, notice -> notices.add(notice.en()))) {
            FontSet set = new FontSet(roles, catalog);
            for (FontRole role : FontRole.values()) {
                assertEquals(
                        List.of(FontRoles.BUILT_IN),
                        set.faces(role).stream().map(r -> r.face().name()).toList());
            }
            assertTrue(set.faceFor(FontRole.BODY, '勾') != null && set.faceFor(FontRole.BODY, '稽') != null);
            assertEquals(null, set.faceFor(FontRole.BODY, 0x20000), "𠀀 is in no font");
        }
    }

    @Test
    void aRunThatEndedWhileItsFontsWereFoundGivesNoFallbackNotice(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        // A broken report ends the run while its fonts are still being looked for in the background: the catalog is
        // closed then and finds nothing more, which must not read as "none of the fonts is installed".
        List<cn.zfxxgk.report.problem.Problem> problems = new ArrayList<>();
        FontRoles roles = FontRoles.parse(
                "title = SimSun\nbody = 仿宋\nheading = 黑体\nsubheading = 楷体\n" + "table = 宋体\npageNumber = 宋体\n",
                "fonts.properties",
                problems);
        FontCatalog open = new FontCatalog(List.of(dir), false, notice -> {});
        new FontSet(roles, open, notice -> notices.add(notice.en()));
        assertEquals(1, notices.size(), "an open catalog that lacks the fonts says so: " + notices);
        notices.clear();
        open.close();
        new FontSet(roles, open, notice -> notices.add(notice.en()));
        assertEquals(List.of(), notices);
    }

    @Test
    void fontRoleFilesAreChecked() {
        List<cn.zfxxgk.report.problem.Problem> problems = new ArrayList<>();
        FontRoles.parse(
                "body = 仿宋\nbody2 = x\ntitle = a\"; } body { color: red\n", "templates/fonts.properties", problems);
        assertEquals(
                List.of(
                        "templates/fonts.properties:2:1: error: 'body2 = x' is not a font role line; expected 'role = family, family, "
                                + "…' with a role among title, body, heading, subheading, table, pageNumber",
                        "templates/fonts.properties:3:1: error: font family 'a\"; } body { color: red' contains a character a family "
                                + "name cannot have; expected a name such as 仿宋_GB2312 or AR PL SungtiL GB",
                        "templates/fonts.properties: error: font role 'heading' is missing; expected a line 'heading = family, family, "
                                + "…'",
                        "templates/fonts.properties: error: font role 'subheading' is missing; expected a line 'subheading = family, "
                                + "family, …'",
                        "templates/fonts.properties: error: font role 'table' is missing; expected a line 'table = family, family, …'",
                        "templates/fonts.properties: error: font role 'pageNumber' is missing; expected a line 'pageNumber = family, "
                                + "family, …'"),
                problems.stream().map(Object::toString).toList());
    }
}
