/** The Maven plugin: renders and checks reports inside documentation builds; parameters and delegation only. */
package cn.zfxxgk.report.maven;
