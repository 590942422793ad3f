package org.alumniportal.job;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.alumniportal.job.application.JobApplication;
import org.alumniportal.job.job.Job;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the features apart: jobs know nobody, the list index is the only Lucene user among them. */
@AnalyzeClasses(packages = "org.alumniportal.job", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule jobsDependOnNoOtherFeature = noClasses()
            .that().resideInAPackage("org.alumniportal.job.job..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alumniportal.job.listing..",
                    "org.alumniportal.job.application..", "org.alumniportal.job.dashboard..");

    @ArchTest
    static final ArchRule theListKnowsOnlyJobs = noClasses()
            .that().resideInAPackage("org.alumniportal.job.listing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alumniportal.job.application..",
                    "org.alumniportal.job.dashboard..");

    @ArchTest
    static final ArchRule luceneStaysInTheListIndex = noClasses()
            .that().resideInAnyPackage("org.alumniportal.job.job..", "org.alumniportal.job.application..",
                    "org.alumniportal.job.dashboard..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..");

    @ArchTest
    static final ArchRule controllersNeverReturnDocuments = methods()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Controller")
            .should().notHaveRawReturnType(Job.class)
            .andShould().notHaveRawReturnType(JobApplication.class);

    @ArchTest
    static final ArchRule eventsLeaveOnlyThroughTheOutbox = noClasses()
            .that().resideInAnyPackage("org.alumniportal.job.job..", "org.alumniportal.job.application..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.kafka..");
}
