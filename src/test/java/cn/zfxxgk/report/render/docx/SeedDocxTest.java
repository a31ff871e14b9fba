package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.Seeds;
import cn.zfxxgk.report.readback.DocxReadback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.SectPr;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each seed as DOCX, reopened with docx4j: the published prose, GB/T 9704 page setup, fonts, footers. */
class SeedDocxTest {

    @TempDir
    Path output;

    private DocxReadback render(Seeds seed) throws Exception {
        try (ReportEngine engine = new ReportEngine(
                new ReportEngine.Options(output, EnumSet.of(OutputFormat.DOCX), false, Path.of("templates")))) {
            ReportEngine.Result result =
                    engine.generate(seed.data(), seed.data().toString());
            assertFalse(result.failed(), result.problems().toString());
        }
        return new DocxReadback(Files.readAllBytes(output.resolve(seed.id() + ".docx")));
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void theProseIsThePublishedProseLineForLine(Seeds seed) throws Exception {
        List<String> actual = new ArrayList<>(render(seed).paragraphs());
        List<String> expected = new ArrayList<>(seed.proseLines());
        expected.removeIf(line -> line.matches("— \\d+ —"));
        boolean noBodyNote = expected.remove("（此页无正文）");
        assertEquals(noBodyNote, actual.remove("（此页无正文）"));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @EnumSource(value = Seeds.class, names = "BALIKUN_2023")
    void pageSetupFontsAndFootersFollowGbT9704(Seeds seed) throws Exception {
        WordprocessingMLPackage pkg = render(seed).pkg();
        SectPr section = pkg.getDocumentModel().getSections().get(0).getSectPr();
        assertEquals(11906, section.getPgSz().getW().intValue(), "A4 width");
        assertEquals(16838, section.getPgSz().getH().intValue(), "A4 height");
        assertEquals(2098, section.getPgMar().getTop().intValue(), "top 37 mm");
        assertEquals(1474, section.getPgMar().getRight().intValue(), "right 26 mm");
        assertEquals(1984, section.getPgMar().getBottom().intValue(), "bottom 35 mm");
        assertEquals(1588, section.getPgMar().getLeft().intValue(), "left 28 mm");

        String styles = XmlUtils.marshaltoString(
                pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement());
        for (String font : List.of("方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体")) {
            assertTrue(styles.contains("w:eastAsia=\"" + font + "\""), "style font " + font);
        }
        String settings = XmlUtils.marshaltoString(
                pkg.getMainDocumentPart().getDocumentSettingsPart().getJaxbElement());
        assertTrue(settings.contains("evenAndOddHeaders"), "odd and even footers differ");

        var footers = pkg.getDocumentModel().getSections().get(0).getHeaderFooterPolicy();
        String odd = XmlUtils.marshaltoString(footers.getDefaultFooter().getJaxbElement());
        String even = XmlUtils.marshaltoString(footers.getEvenFooter().getJaxbElement());
        for (String footer : List.of(odd, even)) {
            assertTrue(
                    footer.contains(">— <") && footer.contains("> PAGE <") && footer.contains("> —<"),
                    "— PAGE —: " + footer);
        }
        assertTrue(odd.contains("w:val=\"right\"") && odd.contains("w:right=\"280\""), "odd: right, one character in");
        assertTrue(even.contains("w:val=\"left\"") && even.contains("w:left=\"280\""), "even: left, one character in");

        String document = XmlUtils.marshaltoString(pkg.getMainDocumentPart().getJaxbElement());
        assertTrue(document.contains("<w:tblHeader/>"), "header rows repeat");
        assertTrue(document.contains("<w:cantSplit/>"), "rows do not split");
        assertTrue(document.contains("<w:vMerge w:val=\"restart\"/>") && document.contains("<w:vMerge/>"));
        assertTrue(document.contains("<w:gridSpan w:val=\"7\"/>"), "申请人情况 spans seven columns");
        assertTrue(document.contains("<w:pageBreakBefore/>"), "the signature page of its own");
        assertNotNull(pkg.getDocPropsCorePart());
        assertEquals(
                "2023年巴里坤县人民政府信息公开工作年度报告",
                pkg.getDocPropsCorePart()
                        .getJaxbElement()
                        .getTitle()
                        .getValue()
                        .getContent()
                        .get(0));
    }
}
