package cn.zfxxgk.report;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of the house style, kept true by the build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.zfxxgk.report");
    }

    @Test
    void coreNeverImportsTheFrontEnds() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..cli..", "..maven..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..cli..", "..maven..")
                .check(classes);
    }

    @Test
    void renderersNeverImportEachOther() {
        String[] renderers = {"html", "pdf", "docx", "ofd", "graphic"};
        for (String renderer : renderers) {
            for (String other : renderers) {
                if (!other.equals(renderer)) {
                    noClasses()
                            .that()
                            .resideInAPackage("..render." + renderer + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage("..render." + other + "..")
                            .allowEmptyShould(true)
                            .check(classes);
                }
            }
        }
    }

    @Test
    void theModelKnowsNoLibrary() {
        noClasses()
                .that()
                .resideInAnyPackage("..model..", "..form..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("cn.zfxxgk.report.model..", "cn.zfxxgk.report.form..", "java..")
                .check(classes);
    }

    @Test
    void onlyTheDataPackageReadsYaml() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..data..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.yaml..")
                .check(classes);
    }

    @Test
    void onlyTheTemplatePackageUsesFreeMarker() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..template..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("freemarker..")
                .check(classes);
    }

    @Test
    void layoutAndFormsDoNotReadFilesOrCallRenderers() {
        noClasses()
                .that()
                .resideInAnyPackage("..layout..", "..form..", "..model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..render..", "..data..", "..template..", "java.nio..")
                .check(classes);
    }

    @Test
    void onlyTheHtmlImporterUsesJsoup() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ingest.html..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jsoup..")
                .check(classes);
    }

    @Test
    void pdfBoxStaysInsideThePdfRendererAndTheFonts() {
        // the PDF renderer (which also counts and draws its pages for the preview server and the benchmark) and the
        // fonts; besides them only what reads a PDF glyph by glyph: the OFD converter (the engine's PDF) and the PDF
        // importer (a published report). The engine, the other renderers and the tools never touch it.
        noClasses()
                .that()
                .resideOutsideOfPackages("..render.pdf..", "..fonts..", "..render.ofd..", "..ingest.pdf..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .check(classes);
    }

    @Test
    void openHtmlToPdfStaysInsideThePdfRenderer() {
        // the font coverage check learns which fonts draw which text from the renderer (DrawnText), not from the
        // library
        noClasses()
                .that()
                .resideOutsideOfPackage("..render.pdf..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.openhtmltopdf..")
                .check(classes);
    }

    @Test
    void theEngineKnowsNoFormatButThroughItsRegistry() {
        // the facade hands reports to renderers; which renderer makes which format is the registry's alone
        noClasses()
                .that()
                .resideInAPackage("cn.zfxxgk.report")
                .and()
                .doNotHaveSimpleName("Renderers")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..render.html..", "..render.pdf..", "..render.docx..", "..render.ofd..", "..fonts..")
                .check(classes);
    }

    @Test
    void theImporterReachesTheWordRendererOnlyThroughItsSeam() {
        DescribedPredicate<JavaClass> seam = DescribedPredicate.describe(
                "the seam RunJoining", c -> c.getName().startsWith("cn.zfxxgk.report.render.docx.RunJoining"));
        noClasses()
                .that()
                .resideInAPackage("..ingest..")
                .should()
                .dependOnClassesThat(
                        JavaClass.Predicates.resideInAPackage("..render..").and(not(seam)))
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackages("..ingest..", "..render.docx..")
                .should()
                .dependOnClassesThat(seam)
                .check(classes);
    }
}
