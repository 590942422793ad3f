package org.alumniportal.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The starter's features stay apart: only security builds on web's problem rendering. */
@AnalyzeClasses(packages = "org.alumniportal.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule outboxAndMessagingKnowNothingOfTheWeb = noClasses()
            .that().resideInAnyPackage("..platform.outbox..", "..platform.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("..platform.web..", "..platform.security..");

    @ArchTest
    static final ArchRule webDoesNotDependOnSecurityOrEvents = noClasses()
            .that().resideInAPackage("..platform.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..platform.security..", "..platform.outbox..",
                    "..platform.messaging..");

    @ArchTest
    static final ArchRule outboxAndMessagingAreIndependent = noClasses()
            .that().resideInAPackage("..platform.outbox..")
            .should().dependOnClassesThat().resideInAPackage("..platform.messaging..");
}
