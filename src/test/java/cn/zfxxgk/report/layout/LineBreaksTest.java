package cn.zfxxgk.report.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineBreaksTest {

    /** The text with a {@code |} at every offset where a line may end (the end of the text left out). */
    private static String marked(String text, int[] offsets) {
        StringBuilder marked = new StringBuilder();
        int from = 0;
        for (int offset : offsets) {
            if (offset < text.length()) {
                marked.append(text, from, offset).append('|');
                from = offset;
            }
        }
        return marked.append(text.substring(from)).toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                // between ideographs anywhere; never before closing or after opening punctuation
                "申请人提供便捷的服务，切实做到;申|请|人|提|供|便|捷|的|服|务，|切|实|做|到",
                "依据《条例》（以下简称）要求;依|据|《条|例》|（以|下|简|称）|要|求",
                "“主阵地”作用……总之——如此;“主|阵|地”|作|用……|总|之——|如|此",
                // ASCII punctuation as 刚察 writes it
                "2023年,我办(一)主动公开;2023年,|我|办|(一)|主|动|公|开",
                // a web address and an e-mail address are kept whole
                "网站（http://www.xjblk.gov.cn/）下载;网|站|（http://www.xjblk.gov.cn/）|下|载",
                "邮箱pzxxgkb@163.com。;邮|箱|pzxxgkb@163.com。",
                // a date, a number with its unit, a telephone number
                "期限为2023年1月1日至2023年12月31日止;期|限|为|2023年1月1日|至|2023年12月31日|止",
                "发布信息3241条，访问量892499人次;发|布|信|息|3241条，|访|问|量|892499人次",
                "收费3130.24万元，电话0999-3022363;收|费|3130.24万元，|电|话|0999-3022363",
                "电话：0527—83593059）。;电|话：|0527—83593059）。",
                // words of Latin text break at spaces only
                "the IPv6 upgrade;the |IPv6 |upgrade",
            })
    void linesEndOnlyWhereTheRulesAllow(String text, String expected) {
        assertEquals(expected, marked(text, LineBreaks.opportunities(text)));
    }

    @Test
    void theEndOfTheTextIsAlwaysAnOpportunity() {
        int[] offsets = LineBreaks.opportunities("报告");
        assertEquals(2, offsets[offsets.length - 1]);
        assertEquals(0, LineBreaks.opportunities("").length);
    }

    @Test
    void anAddressTooLongForALineBreaksAfterSlashesAndTheDotsOfItsHostOnly() {
        String text = "http://www.xjblk.gov.cn/zwgk/a.b/c下载";
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int offset : LineBreaks.insideRun(text)) {
            parts.add(text.substring(from, offset));
            from = offset;
        }
        assertEquals(List.of("http:/", "/", "www.", "xjblk.", "gov.", "cn/", "zwgk/", "a.b/", "c", "下", "载"), parts);
    }

    @Test
    void aRunThatIsNoAddressBreaksBetweenAnyTwoCharacters() {
        assertEquals("1|2|3|4|5", marked("12345", LineBreaks.insideRun("12345")));
    }
}
