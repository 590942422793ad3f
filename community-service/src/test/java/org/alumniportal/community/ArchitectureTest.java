package org.alumniportal.community;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the features apart: content is shared by all and knows none; moderation reaches content only via its hook. */
@AnalyzeClasses(packages = "org.alumniportal.community", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"org.alumniportal.community.event..",
            "org.alumniportal.community.rsvp..", "org.alumniportal.community.forum..",
            "org.alumniportal.community.capsule..", "org.alumniportal.community.moderation..",
            "org.alumniportal.community.people..", "org.alumniportal.community.recommendation.."};

    @ArchTest
    static final ArchRule sharedContentKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.alumniportal.community.content..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule moderationUsesOnlyTheContentHook = noClasses()
            .that().resideInAPackage("org.alumniportal.community.moderation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alumniportal.community.event..",
                    "org.alumniportal.community.forum..", "org.alumniportal.community.capsule..");

    @ArchTest
    static final ArchRule eventsKnowNeitherRsvpsNorOtherFeatures = noClasses()
            .that().resideInAPackage("org.alumniportal.community.event..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alumniportal.community.rsvp..",
                    "org.alumniportal.community.forum..", "org.alumniportal.community.capsule..",
                    "org.alumniportal.community.moderation..");

    @ArchTest
    static final ArchRule eventsLeaveOnlyThroughTheOutbox = noClasses()
            .that().resideInAnyPackage(FEATURES).and().resideOutsideOfPackage("org.alumniportal.community.people..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.kafka..");
}
