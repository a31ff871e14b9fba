package cn.zfxxgk.report.ingest;

/**
 * One line of text outside the tables, with its white space tidied ({@link Texts#clean}).
 *
 * @param title whether the file marks it as a title (an {@code h1}, Word's Title style, a PDF line set larger than the
 *     body), a hint for finding the title among the page's other short lines
 */
public record SourceParagraph(String text, Origin at, boolean title) implements Block {}
