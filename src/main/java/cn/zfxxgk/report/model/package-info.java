/** Immutable records of one annual report as the author wrote it: texts, sections, the three tables, signature; no I/O, no library types. */
package cn.zfxxgk.report.model;
