package cn.zfxxgk.report.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleLayoutTest {

    /** The words of the standard ending, written here independently of the code. */
    private static final String ENDING = "政府|信息|公开|工作|年度|报告";

    /**
     * Ten agencies of 6 to 26 characters, each written as its words: the titles are built from them with the year
     * before and after the agency, as reports write them.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "霍城县|人民政府",
                "巴里坤县|人民政府",
                "刚察县|人民政府|办公室",
                "国家|税务|总局",
                "沭阳县|发展和改革局",
                "北京市|朝阳区|人民政府",
                "上海市|科学技术|委员会",
                "新疆维吾尔自治区|人民政府|办公厅",
                "内蒙古自治区|呼和浩特市|赛罕区|人民政府",
                "湖北省|恩施土家族苗族自治州|来凤县|政务服务和大数据管理局",
            })
    void aOneLineTitleBreaksBetweenWordsIntoBalancedLinesTheLongerFirst(String words) {
        String agency = words.replace("|", "");
        for (String pattern : List.of("2023年|%s|" + ENDING, "%s|2020年|" + ENDING)) {
            String segmented = String.format(pattern, words);
            String title = segmented.replace("|", "");
            List<String> lines = TitleLayout.lines(List.of(title), agency);
            assertEquals(title, String.join("", lines), "nothing lost");
            if (TitleLayout.width(title) <= TitleLayout.LINE_WIDTH) {
                assertEquals(List.of(title), lines, "a title that fits stays on one line");
                continue;
            }
            assertTrue(lines.size() >= 2, title);
            List<Integer> boundaries = boundaries(segmented);
            int at = 0;
            float longest = 0;
            float shortest = Float.MAX_VALUE;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                float width = TitleLayout.width(line);
                assertTrue(width <= TitleLayout.LINE_WIDTH, "fits: " + line);
                longest = Math.max(longest, width);
                shortest = Math.min(shortest, width);
                at += line.length();
                if (i < lines.size() - 1) {
                    assertTrue(boundaries.contains(at), "broken between words: " + lines);
                }
            }
            assertEquals(longest, TitleLayout.width(lines.get(0)), "the first line is the longest: " + lines);
            assertTrue(longest - shortest <= longest / 3, "lines differ by at most a third: " + lines);
        }
    }

    @Test
    void theStandardBreaksAreTakenWhenTheyBalance() {
        assertEquals(
                List.of("2023年刚察县人民政府办公室", "政府信息公开工作年度报告"),
                TitleLayout.lines(List.of("2023年刚察县人民政府办公室政府信息公开工作年度报告"), "刚察县人民政府办公室"));
        assertEquals(
                List.of("2023年新疆维吾尔自治区人民政府办公厅", "政府信息公开工作年度报告"),
                TitleLayout.lines(List.of("2023年新疆维吾尔自治区人民政府办公厅政府信息公开工作年度报告"), "新疆维吾尔自治区人民政府办公厅"));
    }

    @Test
    void linesTheAuthorGaveAreKeptAsGiven() {
        List<String> given = List.of("2023年巴里坤县人民政府信息", "公开工作年度报告");
        assertEquals(given, TitleLayout.lines(given, "巴里坤县人民政府"));
        assertEquals(List.of("霍城县2023年政府信息公开工作年度报告"), TitleLayout.lines(List.of("霍城县2023年政府信息公开工作年度报告"), "霍城县人民政府"));
    }

    @Test
    void aTitleWithoutTheAgencysNameStillBreaksBetweenWords() {
        List<String> lines = TitleLayout.lines(List.of("2024年某某市某某区某某街道办事处政府信息公开工作年度报告"), "某单位");
        assertEquals("2024年某某市某某区某某街道办事处政府信息公开工作年度报告", String.join("", lines));
        assertTrue(lines.size() == 2, lines.toString());
    }

    /** The offsets between the words of a title written with {@code |} between its words. */
    private static List<Integer> boundaries(String segmented) {
        List<Integer> boundaries = new ArrayList<>();
        int at = 0;
        for (String word : segmented.split("\\|")) {
            at += word.length();
            boundaries.add(at);
        }
        return boundaries;
    }
}
