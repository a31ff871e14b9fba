/**
 * Helping authors start and keep a report file: the skeleton of a new report and the JSON Schema that editors use to
 * complete keys and flag mistakes while typing, both made from the official forms so they never drift from the engine.
 */
package cn.zfxxgk.report.authoring;
