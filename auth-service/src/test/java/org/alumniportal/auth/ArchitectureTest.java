package org.alumniportal.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the feature packages apart: Keycloak is reached only through the identity port. */
@AnalyzeClasses(packages = "org.alumniportal.auth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheIdentityPackageTalksToKeycloak = noClasses()
            .that().resideOutsideOfPackage("org.alumniportal.auth.identity..")
            .should().dependOnClassesThat().resideInAPackage("org.keycloak..");

    @ArchTest
    static final ArchRule theIdentityPortKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.alumniportal.auth.identity..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alumniportal.auth.registration..",
                    "org.alumniportal.auth.verification..", "org.alumniportal.auth.login..",
                    "org.alumniportal.auth.password..", "org.alumniportal.auth.account..",
                    "org.alumniportal.auth.admin..", "org.alumniportal.auth.bootstrap..");

    @ArchTest
    static final ArchRule controllersDoNotHandOutDocuments = classes()
            .that().haveSimpleNameEndingWith("Controller")
            .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.springframework.data.mongodb..");

    @ArchTest
    static final ArchRule eventsLeaveOnlyThroughTheOutbox = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.springframework.kafka..");
}
