package cn.zfxxgk.report.model;

import java.math.BigDecimal;

/**
 * One value cell of an official table. What is printed is {@link #text()}, always exactly as written
 * ({@code 3130.24}, {@code 15（含失效的8件）}, {@code 增 530}); {@link #number()} is the value the 勾稽 rules use, or
 * {@code null} when the cell has none.
 */
public record Cell(State state, String text, BigDecimal number, Position at) {

    /** What kind of cell this is. */
    public enum State {
        /** Written by the author: a count, a decimal, or text with an annotation. */
        WRITTEN,
        /** Left blank on purpose: printed blank, counted as 0. */
        BLANK,
        /** Lost in the source the report was copied from: printed blank, reported, left out of the 勾稽 rules. */
        LOST,
        /** A total the author left out, computed by the engine and printed. */
        COMPUTED
    }

    public Cell {
        if (state == null || text == null || at == null) {
            throw new IllegalArgumentException("cell state, text and position are required");
        }
    }

    /** A cell the author wrote; {@code number} may be null for text without a leading number. */
    public static Cell written(String text, BigDecimal number, Position at) {
        return new Cell(State.WRITTEN, text, number, at);
    }

    /** A cell left blank on purpose. */
    public static Cell blank(Position at) {
        return new Cell(State.BLANK, "", BigDecimal.ZERO, at);
    }

    /** A cell whose value the source lost. */
    public static Cell lost(Position at) {
        return new Cell(State.LOST, "", null, at);
    }

    /** A total computed by the engine. */
    public static Cell computed(BigDecimal value, Position at) {
        return new Cell(State.COMPUTED, value.toPlainString(), value, at);
    }

    /** Whether the value of this cell is unknown (so rules that need it cannot be checked). */
    public boolean isLost() {
        return state == State.LOST;
    }
}
