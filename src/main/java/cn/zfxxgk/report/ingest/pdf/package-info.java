/**
 * Reading published PDFs that carry a text layer, with PDFBox: each page's glyphs with their positions and its ruling
 * lines; tables rebuilt as grids from the lines (a cell is the area its borders close, merged cells included) with the
 * glyphs inside each cell, paragraphs rebuilt from the lines of text outside the tables (a first-line indent or a
 * short last line ends a paragraph). A PDF without text (a scan) is refused.
 */
package cn.zfxxgk.report.ingest.pdf;
