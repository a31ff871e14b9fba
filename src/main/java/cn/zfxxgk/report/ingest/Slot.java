package cn.zfxxgk.report.ingest;

/**
 * One position of a table's grid. A cell spanning several rows or columns fills each of its positions with the same text
 * and the same {@code cell} number, so a reader can tell one cell spanning two columns from two cells.
 */
public record Slot(String text, Origin at, int cell) {}
