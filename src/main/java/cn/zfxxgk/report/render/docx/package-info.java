/**
 * DOCX output from a Word template an editor keeps in Word, WPS or LibreOffice: the template's text is normalised (runs
 * split by formatting, spell-check and revision marks, bookmarks), FreeMarker directives are lifted to paragraph and
 * row level, and the official tables and the signature block are written as WordprocessingML with the template's styles.
 */
package cn.zfxxgk.report.render.docx;
