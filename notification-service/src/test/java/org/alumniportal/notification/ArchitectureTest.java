package org.alumniportal.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the features apart: the stores and read models know no channel, only the triggers orchestrate them. */
@AnalyzeClasses(packages = "org.alumniportal.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule notificationsKnowNoChannelOrTrigger = noClasses()
            .that().resideInAPackage("org.alumniportal.notification.notification..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alumniportal.notification.mail..",
                    "org.alumniportal.notification.live..", "org.alumniportal.notification.trigger..",
                    "org.alumniportal.notification.preference..", "org.alumniportal.notification.recipient..");

    @ArchTest
    static final ArchRule theCommunityReadModelKnowsNoChannelOrDigest = noClasses()
            .that().resideInAPackage("org.alumniportal.notification.community..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alumniportal.notification.mail..",
                    "org.alumniportal.notification.live..", "org.alumniportal.notification.trigger..",
                    "org.alumniportal.notification.digest..", "org.alumniportal.notification.notification..");

    @ArchTest
    static final ArchRule nothingDependsOnTheTriggers = noClasses()
            .that().resideOutsideOfPackage("org.alumniportal.notification.trigger..")
            .should().dependOnClassesThat().resideInAPackage("org.alumniportal.notification.trigger..");

    @ArchTest
    static final ArchRule onlyTheMailFeatureSendsMail = noClasses()
            .that().resideOutsideOfPackage("org.alumniportal.notification.mail..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.mail..", "org.thymeleaf..");
}
