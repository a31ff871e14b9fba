/** PDF output: the report's XHTML typeset by openhtmltopdf on PDFBox, as PDF/A-2u with embedded TrueType subsets. */
package cn.zfxxgk.report.render.pdf;
