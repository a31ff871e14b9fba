/**
 * What every output format shares: the official grids of the three tables as cells with spans, how paragraphs are
 * styled (（一） headings, run-in ones too), the default title, dates and the GB/T 9704 signature placement. Renderers
 * only draw what this package decides, so HTML, PDF and DOCX cannot disagree.
 */
package cn.zfxxgk.report.layout;
