/**
 * Reading published HTML pages with jsoup: the page decoded as its server meant it (a declared charset, else UTF-8,
 * else GBK), its text and data tables in reading order with the source line and column of each, site chrome included.
 */
package cn.zfxxgk.report.ingest.html;
