package org.alumniportal.mentorship;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.alumniportal.mentorship.mentor.Mentor;
import org.alumniportal.mentorship.mentorship.Mentorship;
import org.alumniportal.mentorship.session.Session;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the features layered: people know nobody, mentors know only people, matching changes nothing. */
@AnalyzeClasses(packages = "org.alumniportal.mentorship", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule peopleDependOnNoOtherFeature = noClasses()
            .that().resideInAPackage("org.alumniportal.mentorship.people..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alumniportal.mentorship.mentor..",
                    "org.alumniportal.mentorship.mentorship..", "org.alumniportal.mentorship.session..",
                    "org.alumniportal.mentorship.matching..");

    @ArchTest
    static final ArchRule mentorsKnowOnlyPeople = noClasses()
            .that().resideInAPackage("org.alumniportal.mentorship.mentor..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alumniportal.mentorship.mentorship..",
                    "org.alumniportal.mentorship.session..", "org.alumniportal.mentorship.matching..");

    @ArchTest
    static final ArchRule nothingDependsOnSessionsOrMatching = noClasses()
            .that().resideOutsideOfPackages("org.alumniportal.mentorship.session..")
            .and().resideOutsideOfPackages("org.alumniportal.mentorship.matching..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alumniportal.mentorship.session..",
                    "org.alumniportal.mentorship.matching..");

    @ArchTest
    static final ArchRule controllersNeverReturnDocuments = methods()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Controller")
            .should().notHaveRawReturnType(Mentor.class)
            .andShould().notHaveRawReturnType(Mentorship.class)
            .andShould().notHaveRawReturnType(Session.class);

    @ArchTest
    static final ArchRule eventsLeaveOnlyThroughTheOutbox = noClasses()
            .that().resideInAnyPackage("org.alumniportal.mentorship.mentor..", "org.alumniportal.mentorship.mentorship..",
                    "org.alumniportal.mentorship.session..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.kafka..");
}
