/**
 * Finding templates (an editor's directory first, then the copy built into the jar), evaluating them with FreeMarker
 * configured safely, and the view of a report that templates see.
 */
package cn.zfxxgk.report.template;
