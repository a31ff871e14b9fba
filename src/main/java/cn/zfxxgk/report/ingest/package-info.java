/**
 * {@code gen import}: a published report (HTML page, DOCX, PDF with a text layer) read into a report YAML. Each format's
 * reader turns its file into one neutral {@link cn.zfxxgk.report.ingest.SourceDocument} (paragraphs, and tables as
 * span-expanded grids); everything after that — finding the title, sections, tables and signature, matching row labels
 * against the official forms, cleaning values — is shared, so the three formats cannot read the same report
 * differently.
 */
package cn.zfxxgk.report.ingest;
