package cn.zfxxgk.report.model;

/** A piece of text exactly as the author wrote it (typos and ASCII punctuation kept), with where it was written. */
public record Text(String value, Position at) {

    public Text {
        if (value == null) {
            throw new IllegalArgumentException("text value must not be null");
        }
    }
}
