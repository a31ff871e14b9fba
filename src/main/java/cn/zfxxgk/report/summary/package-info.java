/**
 * 汇总: a county's, city's or province's report whose three tables are the cell-by-cell sums of its units' reports
 * (departments, towns, the government's own office), with the text sections left to its author.
 */
package cn.zfxxgk.report.summary;
