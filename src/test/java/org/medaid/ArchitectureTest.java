package org.medaid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of docs/architecture.md, checked on every build: the calculator knows nothing of
 * screens or storage (STYLE §1), and the packages form no cycles.
 */
@AnalyzeClasses(packages = "org.medaid", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] OUTSIDE_THE_CALCULATOR = {
        "javafx..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..", "org.controlsfx..",
        "java.awt..", "javax.swing..", "com.lowagie..",
        "org.medaid.store..", "org.medaid.desk..", "org.medaid.roster..", "org.medaid.importer..",
        "org.medaid.print..", "org.medaid.app..", "org.medaid.cli..", "org.medaid.sample.."
    };

    @ArchTest
    static final ArchRule calculatorIsFreeOfUiAndStorage = noClasses()
            .that().resideInAnyPackage("org.medaid.calc..", "org.medaid.policy..", "org.medaid.model..")
            .should().dependOnClassesThat().resideInAnyPackage(OUTSIDE_THE_CALCULATOR)
            .because("the calculator takes categories and bills and returns payments; screens and storage call it, not the reverse");

    @ArchTest
    static final ArchRule commandLineNeverTouchesJavaFx = noClasses()
            .that().resideInAnyPackage("org.medaid.cli..", "org.medaid.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.medaid.desk..")
            .because("`calc` and `slip` must run without starting JavaFX; the desk is reached by reflection");

    @ArchTest
    static final ArchRule storeKnowsNoScreens = noClasses()
            .that().resideInAnyPackage("org.medaid.store..", "org.medaid.roster..", "org.medaid.importer..",
                    "org.medaid.identity..", "org.medaid.print..", "org.medaid.sample..", "org.medaid.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.medaid.desk..")
            .because("only the desk package draws screens");

    /** ADR 0033: the desk's store is always encrypted; the plain open is for tests and the one-time upgrade. */
    @ArchTest
    static final ArchRule noProductionPathOpensAPlainStore = noClasses()
            .that().doNotHaveFullyQualifiedName("org.medaid.access.PlainStoreUpgrade")
            .and().doNotHaveFullyQualifiedName("org.medaid.store.Database")
            .should().callMethod("org.medaid.store.Database", "open", "java.nio.file.Path")
            .because("a store opened without its key would be written in clear (ADR 0033)");

    /** ADR 0045: repositories get a transaction handle ({@code store.Tx}) from the store, never a connection. */
    @ArchTest
    static final ArchRule onlyTheStoreHoldsAConnection = noClasses()
            .that().resideOutsideOfPackage("org.medaid.store..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.DriverManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
            .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("getConnection")))
            .because("a raw connection could commit, roll back or step outside the store's transaction (ADR 0045)");

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("org.medaid.(*)..").should().beFreeOfCycles();
}
