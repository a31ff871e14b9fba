/**
 * Fonts for the paged formats: the families each role asks for ({@code templates/fonts.properties}), the TrueType faces
 * installed on the machine or given by the user, the built-in Noto Sans SC fallback, and the check that every character
 * of a report is in a font that will draw it.
 */
package cn.zfxxgk.report.fonts;
