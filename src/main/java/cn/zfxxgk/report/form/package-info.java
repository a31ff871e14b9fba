/**
 * The official forms of 国办公开办函〔2019〕60号 and 〔2021〕30号: every table's rows, columns, labels and cell kinds, as
 * plain data that the loader, the 勾稽 rules and the layouts all read, so a label is written down exactly once.
 */
package cn.zfxxgk.report.form;
