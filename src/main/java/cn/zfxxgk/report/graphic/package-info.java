/**
 * The 图解: a one-page graphic of the year's figures (tables 二, 三 and 四, beside last year's when it is given), built as a
 * small typed model from the table cells ({@link cn.zfxxgk.report.graphic.Graphic}) and written as SVG text
 * ({@link cn.zfxxgk.report.graphic.GraphicSvg}) that the HTML places inline, the PDF draws as a page and
 * {@code -d graphic} writes as a file of its own.
 */
package cn.zfxxgk.report.graphic;
