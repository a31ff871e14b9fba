package cn.zfxxgk.report.ingest.pdf;

/** One drawn character: its text, left edge, baseline (from the top of the page), width and font size, in points. */
record Glyph(String text, float x, float y, float width, float size) {

    float right() {
        return x + width;
    }

    float centreX() {
        return x + width / 2;
    }

    /** The middle of the glyph's height, for telling which cell it stands in. */
    float centreY() {
        return y - size * 0.35f;
    }
}
