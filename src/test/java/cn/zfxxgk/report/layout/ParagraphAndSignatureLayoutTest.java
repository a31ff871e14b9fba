package cn.zfxxgk.report.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Signature;
import cn.zfxxgk.report.model.Text;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a paragraph is set (GB/T 9704 second-level headings) and where the signature block stands (7.3.5.2). */
class ParagraphAndSignatureLayoutTest {

    private static ParagraphLayout.Paragraph paragraph(String text) {
        return ParagraphLayout.of(new Text(text, Position.NONE));
    }

    @Test
    void aNumberedHeadingRunsIntoItsParagraphUpToItsFullStop() {
        ParagraphLayout.Paragraph p = paragraph("（一）主动公开方面。全年主动公开信息1234条。");
        assertEquals(ParagraphLayout.Kind.RUN_IN, p.kind());
        assertEquals("（一）主动公开方面。", p.lead());
        assertEquals("全年主动公开信息1234条。", p.body());
    }

    @Test
    void aHeadingAloneIsAHeadingAndAnythingElseIsBodyText() {
        assertEquals(ParagraphLayout.Kind.HEADING, paragraph("（二）依申请公开方面").kind());
        ParagraphLayout.Paragraph body = paragraph("全年共收到申请12件。（一）不是标题。");
        assertEquals(ParagraphLayout.Kind.BODY, body.kind());
        assertEquals("", body.lead());
        assertEquals("全年共收到申请12件。（一）不是标题。", body.text());
    }

    @Test
    void theDateStandsTwoCharactersRightOfTheAgencysStart() {
        // agency 16 字, date 2024年1月10日 = 2 + 1 + ½ + 1 + 1 + 1 = 6½ 字 → right indent 2 + 16 − 2 − 6½ = 9½
        SignatureLayout layout = SignatureLayout.of(signature("巴里坤哈萨克自治县人民政府办公室", LocalDate.of(2024, 1, 10)));
        assertEquals("2024年1月10日", layout.date());
        assertEquals(2, layout.agencyIndent());
        assertEquals(9.5, layout.dateIndent());
    }

    @Test
    void aDateNearlyAsLongAsTheAgencyIsRightIndentedTwoAndMovesTheAgencyLeft() {
        // agency 8 字, date 6½ 字: 8 − 6½ < 2, so the date is right-indented 2 and the agency 2 + 6½ + 2 − 8 = 2½
        SignatureLayout layout = SignatureLayout.of(signature("巴里坤县人民政府", LocalDate.of(2024, 1, 10)));
        assertEquals(2.5, layout.agencyIndent());
        assertEquals(2, layout.dateIndent());
    }

    @Test
    void aDateLongerThanTheAgencyPushesTheAgencyLeft() {
        // agency 2 字, date 2024年12月31日 = 7 字: the date right-indented 2, the agency 2 + 7 + 2 − 2 = 9
        SignatureLayout layout = SignatureLayout.of(signature("某局", LocalDate.of(2024, 12, 31)));
        assertEquals(2, layout.dateIndent());
        assertEquals(9, layout.agencyIndent());
    }

    private static Signature signature(String agency, LocalDate date) {
        return new Signature(new Text(agency, Position.NONE), date, Position.NONE, false);
    }
}
