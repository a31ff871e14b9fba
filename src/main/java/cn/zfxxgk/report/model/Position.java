package cn.zfxxgk.report.model;

/**
 * Where something was written in the author's file, 1-based, so every message and every later check (a font that
 * lacks a character, a failed 勾稽 rule) can send the author straight to the line.
 */
public record Position(int line, int column) {

    /** A position for things the engine made up itself, such as a computed total with no row to point at. */
    public static final Position NONE = new Position(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
