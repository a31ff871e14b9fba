package cn.zfxxgk.report.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.ReviewForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grids of tables 三 and 四 as the official forms draw them: headers, spans and column widths. */
class TableLayoutTest {

    @Test
    void tableFourHasTwoHeadersOverFiveAndTenColumnsThenThreeRowsOfFive() {
        Grid grid = TableLayout.of(zeros(TableKind.REVIEWS, ReviewForm.ROWS), FormatVersion.F2021);

        assertEquals(List.of(42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42), grid.columnWidths());
        assertEquals(List.of("行政复议 5×1", "行政诉讼 10×1"), cells(grid.rows().get(0)));
        assertEquals(
                List.of("结果维持 1×2", "结果纠正 1×2", "其他结果 1×2", "尚未审结 1×2", "总计 1×2", "未经复议直接起诉 5×1", "复议后起诉 5×1"),
                cells(grid.rows().get(1)));
        assertEquals(10, grid.rows().get(2).cells().size());
        assertEquals(15, grid.rows().get(3).cells().size());
        assertEquals(4, grid.rows().size());
    }

    @Test
    void tableThreeHasTheWidthsOfItsFormVersion() {
        for (FormatVersion version : FormatVersion.values()) {
            OfficialForm form = OfficialForm.of(version);
            Grid grid = TableLayout.of(
                    zeros(TableKind.APPLICATIONS, form.applications().rows()), version);

            assertEquals(
                    version == FormatVersion.F2021
                            ? List.of(40, 72, 230, 44, 44, 44, 44, 44, 44, 44)
                            : List.of(40, 72, 190, 55, 51, 51, 55, 66, 48, 46),
                    grid.columnWidths(),
                    version.name());
            assertEquals(List.of("申请人情况 7×1"), cells(grid.rows().get(0)).subList(1, 2));
            assertEquals("法人或其他组织 5×1", cells(grid.rows().get(1)).get(1));
            assertEquals(
                    "三、本年度办理结果 1×" + (form.applications().resultRows().size() + 1),
                    cells(grid.rows().get(5)).get(0),
                    version.name());
        }
    }

    private static List<String> cells(GridRow row) {
        return row.cells().stream()
                .map(c -> c.text().replace("\n", "") + " " + c.colspan() + "×" + c.rowspan())
                .toList();
    }

    private static Table zeros(TableKind kind, List<RowForm> rows) {
        Map<String, List<Cell>> values = new LinkedHashMap<>();
        Cell zero = Cell.written("0", BigDecimal.ZERO, Position.NONE);
        rows.forEach(
                row -> values.put(row.id(), Collections.nCopies(row.columns().size(), zero)));
        return new Table(kind, values, Position.NONE);
    }
}
