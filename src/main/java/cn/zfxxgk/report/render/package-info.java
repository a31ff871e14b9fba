/**
 * What every output format has in common: a {@link cn.zfxxgk.report.render.Renderer} takes one report (a
 * {@link cn.zfxxgk.report.render.Subject}) and returns its document's bytes or its problems
 * ({@link cn.zfxxgk.report.render.Rendered}); the formats live in the sub-packages, and the fonts a run draws with in
 * {@link cn.zfxxgk.report.render.RunFonts}.
 */
package cn.zfxxgk.report.render;
