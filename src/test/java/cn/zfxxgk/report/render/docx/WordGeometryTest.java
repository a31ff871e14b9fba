package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zfxxgk.report.readback.ZipEdits;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sizes the engine reads from the Word template, as Word resolves them. */
class WordGeometryTest {

    private static byte[] template() throws Exception {
        return Files.readAllBytes(Path.of("templates/report.docx"));
    }

    @Test
    void theBuiltInTemplate() throws Exception {
        WordGeometry geometry = WordGeometry.of(WordPackage.read(template()));
        assertEquals(11906 - 1588 - 1474, geometry.textWidth(), "A4 less GB/T 9704's margins");
        assertEquals(16, geometry.fontSize("Normal"));
        assertEquals(-0.25, geometry.characterSpacing("Normal"));
        assertEquals(16, geometry.fontSize("Signature"), "based on Normal");
        assertEquals(-0.25, geometry.characterSpacing("Signature"), "based on Normal");
        assertEquals(10.5, geometry.fontSize("TableLabel"), "based on Table Text");
        assertEquals(0, geometry.characterSpacing("TableLabel"), "the document's default");
        assertEquals(16, geometry.fontSize("NoSuchStyle"), "the document's default");
    }

    @Test
    void anEditorsChangesAreFollowed() throws Exception {
        byte[] edited = ZipEdits.replaceInZip(template(), "word/document.xml", "w:right=\"1474\"", "w:right=\"2474\"");
        edited = ZipEdits.replaceInZip(
                edited,
                "word/styles.xml",
                "<w:name w:val=\"Signature\"/><w:basedOn w:val=\"Normal\"/>",
                "<w:name w:val=\"Signature\"/><w:basedOn w:val=\"Title\"/>");
        WordGeometry geometry = WordGeometry.of(WordPackage.read(edited));
        assertEquals(11906 - 1588 - 2474, geometry.textWidth(), "a wider right margin");
        assertEquals(22, geometry.fontSize("Signature"), "now based on Title");
        assertEquals(0, geometry.characterSpacing("Signature"), "Title's own spacing");
    }

    @Test
    void whatTheTemplateDoesNotSayIsWordsDefault() throws Exception {
        byte[] bare = ZipEdits.replaceInZip(
                template(), "word/styles.xml", "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang", "<w:lang");
        bare = ZipEdits.replaceInZip(
                bare,
                "word/document.xml",
                "<w:pgMar w:top=\"2098\" w:right=\"1474\" "
                        + "w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"1440\" w:gutter=\"0\"/>",
                "");
        WordGeometry geometry = WordGeometry.of(WordPackage.read(bare));
        assertEquals(10, geometry.fontSize("NoSuchStyle"), "Word's ten points");
        assertEquals(WordGeometry.GB_T_9704_TEXT_WIDTH, geometry.textWidth(), "GB/T 9704 without margins");
    }
}
