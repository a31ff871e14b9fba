/** The command line ({@code java -jar gen.jar}): options and messages only; the work is the engine's. */
package cn.zfxxgk.report.cli;
