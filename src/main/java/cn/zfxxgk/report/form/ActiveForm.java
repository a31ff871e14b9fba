package cn.zfxxgk.report.form;

import java.util.List;

/**
 * Table 二 (主动公开政府信息情况): four grid columns, one block per 第二十条 item.
 *
 * @param shadedHeadings whether the 第二十条 rows are shaded, as in the 2019 template
 * @param columnWidths the official column widths in px, for proportional layout
 */
public record ActiveForm(List<ActiveBlock> blocks, boolean shadedHeadings, List<Integer> columnWidths) {

    public ActiveForm {
        blocks = List.copyOf(blocks);
        columnWidths = List.copyOf(columnWidths);
    }

    /** Every row of every block, in printed order. */
    public List<RowForm> rows() {
        return blocks.stream().flatMap(b -> b.rows().stream()).toList();
    }

    /** The block that holds {@code row}. */
    public ActiveBlock blockOf(RowForm row) {
        return blocks.stream().filter(b -> b.rows().contains(row)).findFirst().orElseThrow();
    }

    /** The headings of {@code row}'s value columns as printed above its block, e.g. 本年制发件数, 本年废止件数, 现行有效件数. */
    public List<String> columnNames(RowForm row) {
        List<HeaderCell> header = blockOf(row).header();
        return header.subList(1, header.size()).stream().map(HeaderCell::text).toList();
    }
}
