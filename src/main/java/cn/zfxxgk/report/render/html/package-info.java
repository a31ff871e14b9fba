/** HTML output: the report template evaluated to standalone UTF-8 XHTML. */
package cn.zfxxgk.report.render.html;
