/**
 * Text written into markup of the engine's own making — WordprocessingML, OFD parts, the 图解's SVG, the preview and
 * check-report pages — escaped in one place for all of them.
 */
package cn.zfxxgk.report.markup;
