package cn.zfxxgk.report.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zfxxgk.report.layout.ColumnWidths;
import cn.zfxxgk.report.layout.Grid;
import cn.zfxxgk.report.layout.GridCell;
import cn.zfxxgk.report.layout.GridCell.Role;
import cn.zfxxgk.report.layout.GridRow;
import cn.zfxxgk.report.model.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How a table grid is written for Word: widths in percent of the text width, and where pages may break. */
class WordTablesTest {

    private static GridCell cell(String text, int colspan, int rowspan) {
        return new GridCell(List.of(text), colspan, rowspan, Role.LABEL);
    }

    /**
     * Two header rows (joined by the note cell), then row groups: 一, 二, three rows joined by a label spanning them, and
     * 四.
     */
    private static Grid grid() {
        List<GridRow> rows = new ArrayList<>();
        rows.add(new GridRow(List.of(cell("说明", 1, 2), cell("申请人情况", 2, 1)), true));
        rows.add(new GridRow(List.of(cell("自然人", 1, 1), cell("总计", 1, 1)), true));
        rows.add(new GridRow(List.of(cell("一", 1, 1), cell("1", 1, 1), cell("1", 1, 1)), false));
        rows.add(new GridRow(List.of(cell("二", 1, 1), cell("0", 1, 1), cell("0", 1, 1)), false));
        rows.add(new GridRow(List.of(cell("三", 1, 3), cell("0", 1, 1), cell("0", 1, 1)), false));
        rows.add(new GridRow(List.of(cell("0", 1, 1), cell("0", 1, 1)), false));
        rows.add(new GridRow(List.of(cell("0", 1, 1), cell("0", 1, 1)), false));
        rows.add(new GridRow(List.of(cell("四", 1, 1), cell("0", 1, 1), cell("0", 1, 1)), false));
        return new Grid(TableKind.APPLICATIONS, List.of(50, 30, 20), rows, false);
    }

    /** The table of {@code grid} with its relative widths as percentages. */
    private static String xml(Grid grid, int textWidth) {
        double total = grid.columnWidths().stream().mapToInt(Integer::intValue).sum();
        return WordTables.xml(
                grid,
                grid.columnWidths().stream()
                        .map(w -> new ColumnWidths.Width(w * 100 / total, false))
                        .toList(),
                textWidth,
                10.5);
    }

    @Test
    void emWidthsAreInTheTableTextsSizeAndTheRestTakesWhatIsLeft() {
        List<ColumnWidths.Width> widths = List.of(
                new ColumnWidths.Width(4, true), new ColumnWidths.Width(0, false), new ColumnWidths.Width(25, false));
        assertArrayEquals(new int[] {800, 5200, 2000}, WordTables.twips(widths, 8000, 10), "4em at 10 pt is 800 twips");
        assertArrayEquals(new int[] {1120, 4880, 2000}, WordTables.twips(widths, 8000, 14), "and 1120 at 14 pt");
    }

    @Test
    void widthsAddingUpToMoreThanTheTextWidthAreScaledToFillIt() {
        // README's change 2: 40 % for table 二's first column where the official one was 35.4 %
        List<ColumnWidths.Width> widths = List.of(
                new ColumnWidths.Width(40, false),
                new ColumnWidths.Width(32.3, false),
                new ColumnWidths.Width(32.3, false));
        int[] twips = WordTables.twips(widths, 10460, 10.5);
        assertEquals(10460, java.util.Arrays.stream(twips).sum(), "the table fills the text width exactly");
        assertArrayEquals(new int[] {4000, 3230, 3230}, twips);
    }

    private static List<String> rows(String xml) {
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<w:tr>.*?</w:tr>").matcher(xml);
        while (row.find()) {
            rows.add(row.group());
        }
        return rows;
    }

    @Test
    void rowsKeepWithTheNextInsideAGroupAndTheHeaderWithTheFirstTwoGroups() {
        List<String> rows = rows(xml(grid(), 8844));
        List<Boolean> kept = rows.stream().map(r -> r.contains("<w:keepNext/>")).toList();
        assertEquals(List.of(true, true, true, false, true, true, false, false), kept);
        for (String row : rows) {
            assertTrue(row.startsWith("<w:tr><w:trPr><w:cantSplit/>"), "no row splits: " + row);
        }
        assertEquals(2, rows.stream().filter(r -> r.contains("<w:tblHeader/>")).count(), "two header rows repeat");
    }

    /** Table 二's shape: no header rows, blocks headed by a row spanning the table, each kept together. */
    @Test
    void aBlockUnderAHeadingRowIsKeptTogether() {
        List<GridRow> rows = new ArrayList<>();
        for (String heading : List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项")) {
            rows.add(new GridRow(List.of(cell(heading, 3, 1)), false));
            rows.add(new GridRow(List.of(cell("信息内容", 1, 1), cell("本年处理决定数量", 2, 1)), false));
            rows.add(new GridRow(List.of(cell("行政许可", 1, 1), cell("0", 2, 1)), false));
        }
        Grid grid = new Grid(TableKind.ACTIVE, List.of(50, 30, 20), rows, false);
        List<Boolean> kept = rows(xml(grid, 8844)).stream()
                .map(r -> r.contains("<w:keepNext/>"))
                .toList();
        assertEquals(
                List.of(true, true, true, true, true, false, true, true, false),
                kept,
                "the first block with the second; each block whole");
    }

    @Test
    void widthsArePercentOfTheTextWidthAndTheGridFollowsTheMargins() {
        String xml = xml(grid(), 8000);
        assertTrue(xml.contains("<w:tblW w:w=\"5000\" w:type=\"pct\"/>"), xml);
        assertTrue(
                xml.contains("<w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"2400\"/><w:gridCol w:w=\"1600\"/>"
                        + "</w:tblGrid>"),
                xml);
        String header = rows(xml).get(0);
        assertTrue(header.contains("<w:tcW w:w=\"2500\" w:type=\"pct\"/>"), "说明: 50 % " + header);
        assertTrue(
                header.contains("<w:tcW w:w=\"2500\" w:type=\"pct\"/><w:gridSpan w:val=\"2\"/>"), "申请人情况: 30 + 20 %");
        assertFalse(xml.contains("w:type=\"dxa\""), "no width is fixed in twips");
    }

    @Test
    void theTableHasThePdfsSpaceAboveAndBelow() {
        String xml = xml(grid(), 8844);
        assertTrue(xml.startsWith(WordTables.SPACE_ABOVE + "<w:tbl>"), "7 pt above, kept with the table");
        assertTrue(
                WordTables.SPACE_ABOVE.contains("<w:keepNext/>")
                        && WordTables.SPACE_ABOVE.contains("w:line=\"140\" " + "w:lineRule=\"exact\""),
                WordTables.SPACE_ABOVE);
        assertTrue(xml.endsWith("</w:tbl>" + WordTables.SPACE_BELOW), "14 pt below");
        assertTrue(WordTables.SPACE_BELOW.contains("w:line=\"280\" w:lineRule=\"exact\""), WordTables.SPACE_BELOW);
    }
}
