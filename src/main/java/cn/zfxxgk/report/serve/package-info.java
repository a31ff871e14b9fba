/**
 * {@code gen serve}: a local preview server for authors and template editors — the report's HTML beside its PDF pages
 * as images, and the problems found, refreshed in the browser after every save of the report or a template.
 */
package cn.zfxxgk.report.serve;
