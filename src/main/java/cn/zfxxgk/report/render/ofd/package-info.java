/**
 * OFD output (GB/T 33190-2016): the PDF the engine typeset, converted page by page into OFD's own page objects, with
 * the fonts embedded as TrueType subsets, so the OFD shows what the PDF shows and its text stays searchable.
 */
package cn.zfxxgk.report.render.ofd;
