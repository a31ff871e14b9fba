package cn.zfxxgk.report.graphic;

import cn.zfxxgk.report.model.TableKind;

/**
 * Where a figure of the graphic comes from: one value cell of an official table, by the table, the form's row id and
 * the column's official name, e.g. {@code 依申请公开|不予公开/属于国家秘密|总计}. The SVG carries these references
 * ({@code data-cells}) so that a reader can find every number again in the tables.
 *
 * @param table the official table
 * @param row the row's id in the form ({@code 本年新收}, {@code 规章}, {@code 不予公开/属于国家秘密})
 * @param column the column's official name without line breaks ({@code 总计}, {@code 本年制发件数})
 * @param index the column's place among the row's value cells (0-based)
 */
public record CellRef(TableKind table, String row, String column, int index) {

    /** The reference as the SVG writes it: {@code table|row|column}. */
    @Override
    public String toString() {
        return table.key() + "|" + row + "|" + column;
    }
}
