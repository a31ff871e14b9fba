package cn.zfxxgk.report.form;

import java.util.List;

/**
 * One of （一）…（六） under 三、本年度办理结果 in table 三: either a single row (（一）予以公开) or a group of numbered
 * rows (（三）不予公开 with 1.…8.), which the YAML writes as a nested mapping.
 */
public record ResultGroup(String name, String label, List<RowForm> rows) {

    public ResultGroup {
        rows = List.copyOf(rows);
    }

    /** Whether the group is one row with its label spanning the two label columns. */
    public boolean single() {
        return rows.size() == 1 && rows.get(0).id().equals(name);
    }

    /** Whether the author's key names this group. */
    public boolean matches(String typed) {
        return Labels.matches(typed, name, label);
    }
}
