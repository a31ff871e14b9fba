/** The report of {@code gen check} that a reviewing office reads: every finding of every file on one HTML page. */
package cn.zfxxgk.report.review;
