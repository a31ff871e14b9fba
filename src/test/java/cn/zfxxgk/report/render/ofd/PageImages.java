package cn.zfxxgk.report.render.ofd;

import java.awt.image.BufferedImage;

/** Compares two renderings of a page pixel by pixel, as a person comparing them would see a difference. */
final class PageImages {

    /**
     * Two pixels differ when a colour channel differs by more than this (of 255): more than the two renderers' rounding
     * of the same edge, less than the lightest shading of a table row.
     */
    static final int TOLERANCE = 16;

    /**
     * Two pixels differ clearly when a channel differs by more than this: ink in one and not the other (the renderers'
     * anti-aliasing of the same edge, however thin or slanted, stays below it).
     */
    static final int CLEARLY = 96;

    /** The side of the squares in which clear differences are also counted, in pixels. */
    static final int TILE = 20;

    /**
     * The share of pixels that differ (0 … 1); the most clearly differing pixels in any {@value #TILE}-pixel square (a
     * glyph or a rule missing or moved shows there, however small the page's share); and a picture of where they are:
     * the expected page in grey, differences red.
     */
    record Difference(double share, int worstTile, BufferedImage image) {}

    private PageImages() {}

    static Difference compare(BufferedImage expected, BufferedImage actual) {
        if (Math.abs(expected.getWidth() - actual.getWidth()) > 2
                || Math.abs(expected.getHeight() - actual.getHeight()) > 2) {
            throw new AssertionError("the pages differ in size: " + expected.getWidth() + "×" + expected.getHeight()
                    + " and " + actual.getWidth() + "×" + actual.getHeight() + " pixels");
        }
        int width = Math.min(expected.getWidth(), actual.getWidth());
        int height = Math.min(expected.getHeight(), actual.getHeight());
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        long different = 0;
        int[][] tiles = new int[height / TILE + 1][width / TILE + 1];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int e = expected.getRGB(x, y);
                int a = actual.getRGB(x, y);
                int gap = Math.max(
                        Math.abs(((e >> 16) & 0xFF) - ((a >> 16) & 0xFF)),
                        Math.max(Math.abs(((e >> 8) & 0xFF) - ((a >> 8) & 0xFF)), Math.abs((e & 0xFF) - (a & 0xFF))));
                if (gap > CLEARLY) {
                    tiles[y / TILE][x / TILE]++;
                }
                if (gap > TOLERANCE) {
                    different++;
                    picture.setRGB(x, y, 0xFF0000);
                } else {
                    int grey = 128 + ((e >> 8) & 0xFF) / 2;
                    picture.setRGB(x, y, grey << 16 | grey << 8 | grey);
                }
            }
        }
        int worst = 0;
        for (int[] row : tiles) {
            for (int tile : row) {
                worst = Math.max(worst, tile);
            }
        }
        return new Difference((double) different / ((long) width * height), worst, picture);
    }
}
