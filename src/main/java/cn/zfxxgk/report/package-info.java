/**
 * The engine's front door: {@link cn.zfxxgk.report.ReportEngine} turns report files into documents; front ends (the
 * CLI, later the Maven plugin) only call it.
 */
package cn.zfxxgk.report;
