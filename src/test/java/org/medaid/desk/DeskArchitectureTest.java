package org.medaid.desk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The desk's shape (ADR 0010, 0011): screens reach the database only through services, features stay acyclic. */
class DeskArchitectureTest {

    private static final JavaClasses DESK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.medaid.desk");

    @Test
    void screensNeverTouchJdbc() {
        noClasses().that().resideInAPackage("org.medaid.desk..").should().dependOnClassesThat()
                .resideInAPackage("java.sql..").check(DESK);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.medaid.desk.(*)..").should().beFreeOfCycles().check(DESK);
    }

    @Test
    void noFeatureDependsOnTheMainWindow() {
        noClasses().that().resideInAnyPackage("org.medaid.desk.roster..", "org.medaid.desk.person..",
                "org.medaid.desk.imports..", "org.medaid.desk.reports..", "org.medaid.desk.settings..",
                "org.medaid.desk.common..", "org.medaid.desk.task..")
                .should().dependOnClassesThat().resideInAPackage("org.medaid.desk.shell..").check(DESK);
    }

    @Test
    void viewModelsDoNotBuildControls() {
        // Images (javafx.scene.image) are pixel data a view model may prepare off the FX thread, not controls.
        noClasses().that().haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat(
                JavaClass.Predicates.resideInAnyPackage("javafx.scene..", "javafx.stage..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("javafx.scene.image"))))
                .check(DESK);
    }

    /**
     * The roles have one spelling each (ADR 0042): a class of a screen package that builds controls
     * is a view ({@code *View}), a cell of a table or list ({@code *Cell}), or a section of the navigation
     * ({@code *Section}); the shared toolkit ({@code common}), the window ({@code shell}) and the executor
     * ({@code task}) are the only other places controls are made.
     */
    @Test
    void onlyViewsBuildControls() {
        classes().that().resideInAPackage("org.medaid.desk.*..")
                .and().resideOutsideOfPackages("org.medaid.desk.common..", "org.medaid.desk.shell..", "org.medaid.desk.task..")
                .and().areTopLevelClasses()
                .and(DescribedPredicate.describe("build controls", (JavaClass c) -> c.getDirectDependenciesFromSelf()
                        .stream().anyMatch(d -> d.getTargetClass().getPackageName().startsWith("javafx.scene.control")
                                || d.getTargetClass().getPackageName().startsWith("javafx.scene.layout"))))
                .should().haveSimpleNameEndingWith("View").orShould().haveSimpleNameEndingWith("Section")
                .orShould().haveSimpleNameEndingWith("Cell")
                .check(DESK);
    }

    /** A view model is named so, and no role is spelled Model, Step, Form, Panel, Page, Pane, Dialog, Wizard or Card. */
    @Test
    void rolesHaveOneSpelling() {
        classes().that().resideInAPackage("org.medaid.desk..").and().haveSimpleNameEndingWith("Model")
                .should().haveSimpleNameEndingWith("ViewModel").check(DESK);
        noClasses().that().resideInAPackage("org.medaid.desk..").and().areTopLevelClasses().and().areNotEnums()
                .should().haveNameMatching(".*(Step|Form|Panel|Page|Pane|Dialog|Wizard|Card)").check(DESK);
    }

    /**
     * The view-model role is spelled one way even where no control is built: a class of a screen package that
     * hands out JavaFX properties ({@code xProperty()}) is a view model ({@code *ViewModel}) or a row of a table
     * or list ({@code *Row}, {@code *Item}), never a Draft, Form, State or Model by another name (ADR 0078).
     */
    @Test
    void classesHandingOutPropertiesAreViewModelsOrRows() {
        classes().that().resideInAPackage("org.medaid.desk.*..")
                .and().resideOutsideOfPackages("org.medaid.desk.common..", "org.medaid.desk.shell..", "org.medaid.desk.task..")
                .and().areTopLevelClasses()
                .and(DescribedPredicate.describe("hand out JavaFX properties", (JavaClass c) -> c.getMethods().stream()
                        .anyMatch(m -> m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                                && m.getName().endsWith("Property")
                                && m.getRawReturnType().isAssignableTo("javafx.beans.property.ReadOnlyProperty"))))
                .should().haveSimpleNameEndingWith("ViewModel").orShould().haveSimpleNameEndingWith("Row")
                .orShould().haveSimpleNameEndingWith("Item")
                .check(DESK);
    }
}
