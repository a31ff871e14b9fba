package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.layout.SignatureLayout;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Signature;
import cn.zfxxgk.report.model.Text;
import cn.zfxxgk.report.readback.ZipEdits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The signature's indents in Word's character units and in twentieths of a point, from the template's own sizes, and
 * the paragraph before the signature kept with it.
 */
class WordSignatureTest {

    private static final Pattern FIRST_LINE = Pattern.compile("w:firstLineChars=\"(\\d+)\" w:firstLine=\"(\\d+)\"");

    private static WordGeometry builtIn() throws Exception {
        return WordGeometry.of(WordPackage.read(Files.readAllBytes(Path.of("templates/report.docx"))));
    }

    private static SignatureLayout layout(String agency, LocalDate date, boolean ownPage) {
        return SignatureLayout.of(
                new Signature(agency == null ? null : new Text(agency, Position.NONE), date, Position.NONE, ownPage));
    }

    @Test
    void theAgencyIsRightAlignedTwoCharactersInAndTheDateStartsTwoCharactersRightOfIt() throws Exception {
        String xml = WordSignature.xml(layout("巴里坤县人民政府办公室", LocalDate.of(2024, 1, 10), false), builtIn());
        assertTrue(
                xml.contains("<w:ind w:rightChars=\"200\" w:right=\"640\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
                        + "巴里坤县人民政府办公室"),
                xml);
        // the agency starts 442.2 − 32 − 11 × 15.75 = 236.95 pt from the left; the date two characters (32 pt) later
        Matcher date = FIRST_LINE.matcher(xml);
        assertTrue(date.find(), xml);
        assertEquals(5379, Integer.parseInt(date.group(2)), "twips");
        assertEquals(1681, Integer.parseInt(date.group(1)), "hundredths of a 16 pt character");
        assertTrue(xml.contains("<w:jc w:val=\"left\"/></w:pPr><w:r><w:t xml:space=\"preserve\">2024年1月10日"), xml);
    }

    @Test
    void aDateLongerThanTheAgencyEndsTwoCharactersInAndTheAgencyStartsTwoCharactersLeftOfIt() throws Exception {
        String xml = WordSignature.xml(layout("某某县政府", LocalDate.of(2024, 12, 31), false), builtIn());
        Matcher starts = FIRST_LINE.matcher(xml);
        assertTrue(starts.find(), xml);
        int agency = Integer.parseInt(starts.group(2));
        assertTrue(starts.find(), xml);
        int date = Integer.parseInt(starts.group(2));
        // 2024年12月31日 is 7 characters wide (a digit counts ½): it starts 442.2 − 32 − 7 × 15.75 = 299.95 pt in
        assertEquals(5999, date);
        assertEquals(640, date - agency, "two characters");
    }

    @Test
    void aDateWithoutAgencyIsRightAlignedTwoCharactersIn() throws Exception {
        String xml = WordSignature.xml(layout(null, LocalDate.of(2024, 1, 31), false), builtIn());
        assertTrue(
                xml.contains("<w:ind w:rightChars=\"200\" w:right=\"640\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
                        + "2024年1月31日"),
                xml);
    }

    @Test
    void theIndentsFollowTheSizeOfTheSignatureStyle() throws Exception {
        byte[] template = ZipEdits.replaceInZip(
                Files.readAllBytes(Path.of("templates/report.docx")),
                "word/styles.xml",
                "<w:spacing w:val=\"-5\"/><w:sz w:val=\"32\"/>",
                "<w:spacing w:val=\"-5\"/><w:sz w:val=\"30\"/>");
        WordGeometry xiaoSan = WordGeometry.of(WordPackage.read(template));
        String xml = WordSignature.xml(layout("巴里坤县人民政府办公室", LocalDate.of(2024, 1, 10), false), xiaoSan);
        assertTrue(xml.contains("<w:ind w:rightChars=\"200\" w:right=\"600\"/>"), xml);
        Matcher date = FIRST_LINE.matcher(xml);
        assertTrue(date.find(), xml);
        // 442.2 − 30 − 11 × 14.75 + 30 = 279.95 pt
        assertEquals(5599, Integer.parseInt(date.group(2)));
        assertEquals(1866, Integer.parseInt(date.group(1)), "hundredths of a 15 pt character");
    }

    @Test
    void theParagraphBeforeTheSignatureIsKeptWithIt() {
        String signature = WordSignature.MARK + "<w:p><w:pPr><w:pStyle w:val=\"Signature\"/></w:pPr></w:p>";
        assertEquals(
                "<w:body><w:p><w:pPr><w:keepNext/><w:keepLines/></w:pPr><w:r><w:t>无。</w:t></w:r></w:p>"
                        + "<w:p><w:pPr><w:pStyle w:val=\"Signature\"/></w:pPr></w:p>",
                WordSignature.keepWithPrevious("<w:body><w:p><w:r><w:t>无。</w:t></w:r></w:p>" + signature));
        assertEquals(
                "<w:p w:rsidR=\"1\"><w:pPr><w:pStyle w:val=\"Body\"/><w:keepNext/><w:keepLines/>"
                        + "<w:jc w:val=\"both\"/></w:pPr></w:p>\n<w:p><w:pPr><w:pStyle w:val=\"Signature\"/></w:pPr></w:p>",
                WordSignature.keepWithPrevious("<w:p w:rsidR=\"1\"><w:pPr><w:pStyle w:val=\"Body\"/>"
                        + "<w:jc w:val=\"both\"/></w:pPr></w:p>\n" + signature));
        assertEquals(
                "<w:p><w:pPr><w:keepNext/><w:keepLines/></w:pPr></w:p><w:p><w:pPr><w:pStyle w:val=\"Signature\"/>"
                        + "</w:pPr></w:p>",
                WordSignature.keepWithPrevious("<w:p><w:pPr><w:keepNext/></w:pPr></w:p>" + signature),
                "what is there already is not repeated");
    }

    @Test
    void nothingIsKeptAfterATableOrBeforeASignaturePageOfItsOwn() {
        String signature = WordSignature.MARK + "<w:p><w:pPr><w:pStyle w:val=\"Signature\"/></w:pPr></w:p>";
        assertEquals(
                "<w:tbl></w:tbl><w:p><w:pPr><w:pStyle w:val=\"Signature\"/></w:pPr></w:p>",
                WordSignature.keepWithPrevious("<w:tbl></w:tbl>" + signature));
        String ownPage = WordSignature.MARK + "<w:p><w:pPr><w:pStyle w:val=\"NoBodyNote\"/><w:pageBreakBefore/></w:pPr>"
                + "</w:p>";
        assertEquals(
                "<w:p></w:p>" + ownPage.substring(WordSignature.MARK.length()),
                WordSignature.keepWithPrevious("<w:p></w:p>" + ownPage));
        assertEquals("<w:p></w:p>", WordSignature.keepWithPrevious("<w:p></w:p>"), "no signature");
    }
}
