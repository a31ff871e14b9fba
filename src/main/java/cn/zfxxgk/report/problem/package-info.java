/** Problems found in a report's data or a template, each with its file, line and column, collected and reported at once. */
package cn.zfxxgk.report.problem;
