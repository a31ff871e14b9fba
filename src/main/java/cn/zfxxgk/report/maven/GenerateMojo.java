package cn.zfxxgk.report.maven;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportBuild;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.problem.Problem;
import java.io.File;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders every report YAML under {@link #inputDirectory} into {@link #outputDirectory}, in the configured formats.
 * Bad data fails the build with the same {@code file:line:col} messages as {@code gen.jar}; warnings are logged as
 * warnings; a report whose YAML, templates and options have not changed since its last render is not rendered again.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** Where the report files are: every {@code .yaml} below it (outside the template directory) is rendered. */
    @Parameter(property = "annualReport.inputDirectory", defaultValue = "${project.basedir}/src/reports")
    File inputDirectory;

    /** Where the documents are written; sub-directories of the input are kept. */
    @Parameter(property = "annualReport.outputDirectory", defaultValue = "${project.build.directory}/reports")
    File outputDirectory;

    /**
     * The formats to write: {@code html}, {@code pdf}, {@code docx}, {@code ofd} (GB/T 33190, for archives and
     * e-government platforms). Default: {@code html}, {@code pdf}, {@code docx}.
     */
    @Parameter(property = "annualReport.formats")
    List<String> formats;

    /** Whether a failed 勾稽 rule (a total that does not add up) fails the build instead of being a warning. */
    @Parameter(property = "annualReport.strict", defaultValue = "false")
    boolean strict;

    /** Skips rendering altogether. */
    @Parameter(property = "annualReport.skip", defaultValue = "false")
    boolean skip;

    /** Edited templates (report.ftlh, fonts.properties); what is not there is taken from the built-in copies. */
    @Parameter(property = "annualReport.templateDirectory", defaultValue = "${project.basedir}/src/reports/templates")
    File templateDirectory;

    /** TrueType font files or directories searched before the system's fonts. */
    @Parameter(property = "annualReport.fonts")
    List<File> fonts;

    /** Whether the fonts installed on the build machine are used (else only {@link #fonts} and the built-in one). */
    @Parameter(property = "annualReport.systemFonts", defaultValue = "true")
    boolean systemFonts;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Rendering of reports is skipped (annualReport.skip).");
            return;
        }
        try {
            ReportEngine.sourceDateEpoch();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        ReportEngine.Options options = new ReportEngine.Options(outputDirectory.toPath(), formats(), strict,
                templateDirectory.toPath(), fonts == null ? List.of() : fonts.stream().map(File::toPath).toList(),
                systemFonts && ReportEngine.systemFontsByDefault());
        ReportBuild.Outcome outcome;
        try {
            outcome = ReportBuild.run(inputDirectory.toPath(), options, notice -> getLog().info(notice));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Rendering the reports failed: " + e.getMessage(), e);
        }
        outcome.upToDate().forEach(name -> getLog().info(name + " is up to date, not rendered again"));
        for (ReportEngine.Result result : outcome.rendered()) {
            for (Problem problem : result.problems()) {
                if (problem.isError()) {
                    getLog().error(problem.toString());
                } else {
                    getLog().warn(problem.toString());
                }
            }
            result.written().forEach(path -> getLog().info("wrote " + FileNames.display(path)));
        }
        if (outcome.rendered().isEmpty() && outcome.upToDate().isEmpty()) {
            getLog().info("No report files in " + inputDirectory + ".");
        }
        if (outcome.failed()) {
            List<String> errors = outcome.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
            throw new MojoFailureException(errors.size() + (errors.size() == 1 ? " problem" : " problems")
                    + " in the reports:\n" + String.join("\n", errors));
        }
    }

    private EnumSet<OutputFormat> formats() throws MojoFailureException {
        if (formats == null || formats.isEmpty()) {
            return EnumSet.copyOf(OutputFormat.defaults());
        }
        EnumSet<OutputFormat> chosen = EnumSet.noneOf(OutputFormat.class);
        for (String format : formats) {
            try {
                chosen.add(OutputFormat.valueOf(format.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("format '" + format + "' is not one the engine writes; expected one of "
                        + String.join(", ", EnumSet.allOf(OutputFormat.class).stream().map(OutputFormat::extension)
                                .toList()));
            }
        }
        return chosen;
    }
}
