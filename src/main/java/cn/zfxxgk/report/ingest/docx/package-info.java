/**
 * Reading published DOCX files (saved by Word, WPS or LibreOffice): the package opened with size limits, the body's
 * paragraphs and tables read through the engine's own run-joining ({@code render.docx.RunJoining}), merged cells
 * ({@code w:gridSpan}, {@code w:vMerge}) expanded into the grid.
 */
package cn.zfxxgk.report.ingest.docx;
