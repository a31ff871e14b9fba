/** The 图解 as a file of its own ({@code -d graphic}): the graphic package's SVG on an A4 page. */
package cn.zfxxgk.report.render.graphic;
