/**
 * Reading a report's YAML safely (no tags, no aliases, no duplicate keys, limits on size and depth, every scalar read as
 * the text the author typed), checking it against the official form and the 勾稽 rules, and reporting every problem with
 * its line and column.
 */
package cn.zfxxgk.report.data;
