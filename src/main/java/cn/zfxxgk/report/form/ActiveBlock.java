package cn.zfxxgk.report.form;

import java.util.List;

/**
 * One 第二十条 block of table 二: its heading row (e.g. {@code 第二十条第（一）项}), its column-header row and its rows.
 */
public record ActiveBlock(String heading, List<HeaderCell> header, List<RowForm> rows) {

    public ActiveBlock {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
