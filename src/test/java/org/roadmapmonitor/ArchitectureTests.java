package org.roadmapmonitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.roadmapmonitor");

    @Test
    void domainRulesAreFreeOfSpringAndSql() {
        noClasses()
                .that()
                .haveNameMatching(".*\\.(PeriodCode|PeriodType|FrameworkDocument.*|NodeReader)")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(CLASSES);
    }

    @Test
    void theLedgerAndMoneyArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage("org.roadmapmonitor.fund.ledger..")
                .or()
                .haveFullyQualifiedName("org.roadmapmonitor.shared.Money")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "tools.jackson..", "com.fasterxml..")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.roadmapmonitor.fund",
                        "org.roadmapmonitor.fund.internal..",
                        "org.roadmapmonitor.fund.web..")
                .check(CLASSES);
    }

    @Test
    void theReportWorkflowAndValueRulesArePlainJava() {
        noClasses()
                .that()
                .resideInAnyPackage("org.roadmapmonitor.reporting.workflow..", "org.roadmapmonitor.reporting.values..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "tools.jackson..", "com.fasterxml..")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.roadmapmonitor.reporting",
                        "org.roadmapmonitor.reporting.internal..",
                        "org.roadmapmonitor.reporting.spreadsheet..",
                        "org.roadmapmonitor.reporting.web..")
                .check(CLASSES);
    }

    @Test
    void noLayerPackagesAtTheTop() {
        noClasses()
                .should()
                .resideInAnyPackage(
                        "org.roadmapmonitor.controller..",
                        "org.roadmapmonitor.service..",
                        "org.roadmapmonitor.repository..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void controllersDoNotTouchSql() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }
}
