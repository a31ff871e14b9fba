package cn.zfxxgk.report.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** What both goals take: where the reports and the edited templates are, the language, 勾稽 strictness, skipping. */
public abstract class ReportsMojo extends AbstractMojo {

    /** Where the report files are: every {@code .yaml} below it (outside the template directory) is rendered or checked. */
    @Parameter(property = "annualReport.inputDirectory", defaultValue = "${project.basedir}/src/reports")
    File inputDirectory;

    /**
     * Edited templates ({@code report.ftlh}, {@code fonts.properties}, {@code report.docx}); a template not there is
     * taken from the built-in copy, so the directory may be missing or hold only the one you changed. Its files are
     * not reports.
     */
    @Parameter(property = "annualReport.templateDirectory", defaultValue = "${project.basedir}/src/reports/templates")
    File templateDirectory;

    /** The language of the messages: {@code zh} or {@code en}. Default: the build machine's locale. */
    @Parameter(property = "annualReport.lang")
    String lang;

    /** Whether a failed 勾稽 rule (a total that does not add up) is an error instead of a warning. */
    @Parameter(property = "annualReport.strict", defaultValue = "false")
    boolean strict;

    /** Skips the goal: renders and checks nothing ({@code -DannualReport.skip}). */
    @Parameter(property = "annualReport.skip", defaultValue = "false")
    boolean skip;
}
