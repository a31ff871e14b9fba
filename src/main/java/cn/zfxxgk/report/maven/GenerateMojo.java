package cn.zfxxgk.report.maven;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.LibraryLogging;
import cn.zfxxgk.report.OutputFormat;
import cn.zfxxgk.report.ReportBuild;
import cn.zfxxgk.report.ReportEngine;
import cn.zfxxgk.report.problem.Language;
import cn.zfxxgk.report.problem.Problem;
import java.io.File;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders every report YAML under {@link #inputDirectory} into {@link #outputDirectory}: HTML, PDF and DOCX, or the
 * documents listed in {@link #documents} (OFD too). Bad data fails the build with the same {@code file:line:col}
 * messages as {@code gen.jar}; warnings are logged as warnings. A report whose YAML, templates and options have not
 * changed since its last good render is not rendered again, but its warnings are logged again; the documents of a
 * report whose YAML was deleted are removed.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class GenerateMojo extends ReportsMojo {

    /** Where the documents are written; sub-directories of the input are kept. */
    @Parameter(property = "annualReport.outputDirectory", defaultValue = "${project.build.directory}/reports")
    File outputDirectory;

    /**
     * The documents to write: {@code html}, {@code pdf}, {@code docx}, {@code ofd} (GB/T 33190, for archives and
     * e-government platforms), {@code graphic} (the 图解 alone, {@code NAME.graphic.svg}). Default: {@code html},
     * {@code pdf}, {@code docx}.
     */
    @Parameter(property = "annualReport.documents")
    List<String> documents;

    /**
     * Where what each report's last good render was is remembered (to skip reports that have not changed, still show
     * their warnings, and remove the documents of deleted reports). Kept out of {@link #outputDirectory}, which may be
     * published.
     */
    @Parameter(
            property = "annualReport.stateDirectory",
            defaultValue = "${project.build.directory}/annual-report-state")
    File stateDirectory;

    /** TrueType font files or directories searched before the system's fonts. */
    @Parameter(property = "annualReport.fonts")
    List<File> fonts;

    /**
     * Whether the fonts installed on the build machine are used; {@code false} leaves only {@link #fonts} and the
     * built-in Noto Sans SC (so does the environment setting {@code GEN_SYSTEM_FONTS=false}).
     */
    @Parameter(property = "annualReport.systemFonts", defaultValue = "true")
    boolean systemFonts;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Rendering of reports is skipped (annualReport.skip).");
            return;
        }
        Language language = BuildLog.language(lang);
        LibraryLogging.quiet(); // FontBox's and PDFBox's warnings stay out of the build log
        try {
            ReportEngine.sourceDateEpoch();
        } catch (ReportEngine.InvalidSourceDateEpoch e) {
            throw new MojoFailureException(e.text().in(language), e);
        }
        ReportEngine.Options options = new ReportEngine.Options(
                outputDirectory.toPath(),
                documents(),
                strict,
                templateDirectory.toPath(),
                fonts == null ? List.of() : fonts.stream().map(File::toPath).toList(),
                systemFonts && ReportEngine.systemFontsByDefault());
        ReportBuild.Outcome outcome;
        try {
            outcome = ReportBuild.run(
                    inputDirectory.toPath(),
                    options,
                    stateDirectory.toPath(),
                    notice -> getLog().info(notice.in(language)));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Rendering the reports failed: " + e.getMessage(), e);
        }
        outcome.removed()
                .forEach(path -> getLog().info(
                                MojoMessages.removed(FileNames.display(path)).in(language)));
        for (ReportEngine.Result result : outcome.upToDate()) {
            getLog().info(MojoMessages.upToDate(result.file()).in(language));
            // its warnings again: an up-to-date build must not look cleaner than it is
            result.problems().forEach(problem -> BuildLog.log(getLog(), problem, language));
        }
        for (ReportEngine.Result result : outcome.rendered()) {
            result.problems().forEach(problem -> BuildLog.log(getLog(), problem, language));
            result.written()
                    .forEach(path -> getLog().info(
                                    MojoMessages.wrote(FileNames.display(path)).in(language)));
        }
        if (outcome.rendered().isEmpty() && outcome.upToDate().isEmpty()) {
            getLog().info(MojoMessages.noReports(inputDirectory.toString()).in(language));
        }
        if (outcome.failed()) {
            List<String> errors = outcome.problems().stream()
                    .filter(Problem::isError)
                    .map(problem -> problem.toString(language))
                    .toList();
            throw new MojoFailureException(
                    MojoMessages.failed(errors.size()).in(language) + ":\n" + String.join("\n", errors));
        }
    }

    private EnumSet<OutputFormat> documents() throws MojoFailureException {
        if (documents == null || documents.isEmpty()) {
            return EnumSet.copyOf(OutputFormat.defaults());
        }
        EnumSet<OutputFormat> chosen = EnumSet.noneOf(OutputFormat.class);
        for (String document : documents) {
            try {
                chosen.add(OutputFormat.valueOf(document.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("document '" + document + "' is not one the engine writes; expected "
                        + "one of "
                        + String.join(
                                ", ",
                                EnumSet.allOf(OutputFormat.class).stream()
                                        .map(OutputFormat::key)
                                        .toList()));
            }
        }
        return chosen;
    }
}
