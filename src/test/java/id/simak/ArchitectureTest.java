package id.simak;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the rooms of docs/ARCHITECTURE.md apart: the pure packages stay free of frameworks, {@code web} is the
 * base every feature stands on, no two features lean on each other, and data only moves down its path.
 */
@AnalyzeClasses(packages = "id.simak", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The frameworks the pure packages do without; the Quarkus side wraps them instead. */
    private static final String[] FRAMEWORKS = { "io.quarkus..", "jakarta..", "org.hibernate..",
            "com.fasterxml.jackson.." };

    @ArchTest
    static final ArchRule thePurePackagesUseNoFramework = noClasses()
            .that().resideInAnyPackage("id.simak.analysis..", "id.simak.generate..", "id.simak.srs..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("analysis, generate and srs are plain Java, built with their data and tested in milliseconds");

    @ArchTest
    static final ArchRule srsStandsAlone = noClasses()
            .that().resideInAPackage("id.simak.srs..")
            .should().dependOnClassesThat(resideInAPackage("id.simak..").and(not(resideInAPackage("id.simak.srs.."))))
            .because("the scheduler knows cards and reviews only as its own records");

    @ArchTest
    static final ArchRule webIsTheBaseAndUsesNoFeature = noClasses()
            .that().resideInAPackage("id.simak.web..")
            .should().dependOnClassesThat(resideInAPackage("id.simak..").and(not(resideInAPackage("id.simak.web.."))))
            .because("every feature stands on web (errors, flash, language, layout, config), so web cannot stand on one");

    /** {@code quiz.format} is part of {@code quiz}: a slice is everything under one package below {@code id.simak}. */
    @ArchTest
    static final ArchRule noTwoFeaturesDependOnEachOther = slices()
            .matching("id.simak.(*)..")
            .should().beFreeOfCycles();

    // The path of data: analysis → generate → quiz → review → progress. No step reaches further down the path.

    @ArchTest
    static final ArchRule analysisReadsNothingDownThePath = noClasses()
            .that().resideInAPackage("id.simak.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.simak.generate..", "id.simak.quiz..", "id.simak.review..", "id.simak.progress..");

    @ArchTest
    static final ArchRule generateReadsNothingDownThePath = noClasses()
            .that().resideInAPackage("id.simak.generate..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.simak.quiz..", "id.simak.review..", "id.simak.progress..");

    @ArchTest
    static final ArchRule quizReadsNothingDownThePath = noClasses()
            .that().resideInAPackage("id.simak.quiz..")
            .should().dependOnClassesThat().resideInAnyPackage("id.simak.review..", "id.simak.progress..")
            .because("the quiz tells review about an answer with the CDI event QuestionAnswered");

    @ArchTest
    static final ArchRule homeGathersFeaturesThroughWeb = noClasses()
            .that().resideInAPackage("id.simak.home..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.simak.classroom..", "id.simak.review..", "id.simak.progress..")
            .because("the home page reads a learner's day through web.LearnerToday, which those features implement");

    @ArchTest
    static final ArchRule reviewReadsNothingDownThePath = noClasses()
            .that().resideInAPackage("id.simak.review..")
            .should().dependOnClassesThat().resideInAPackage("id.simak.progress..");
}
