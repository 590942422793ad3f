package org.alumniportal.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Features read the read models and never Kafka; only the read-model package consumes topics. */
@AnalyzeClasses(packages = "org.alumniportal.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheReadModelsConsumeTopics = noClasses()
            .that().resideOutsideOfPackage("org.alumniportal.analytics.readmodel..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.kafka..");

    @ArchTest
    static final ArchRule theReadModelsKnowNoFeature = noClasses()
            .that().resideInAPackage("org.alumniportal.analytics.readmodel..")
            .and().doNotHaveSimpleName("RebuildController")
            .should().dependOnClassesThat().resideInAnyPackage("org.alumniportal.analytics.dashboard..",
                    "org.alumniportal.analytics.insight..", "org.alumniportal.analytics.engagement..",
                    "org.alumniportal.analytics.skillgraph..", "org.alumniportal.analytics.career..",
                    "org.alumniportal.analytics.heatmap..", "org.alumniportal.analytics.settings..",
                    "org.alumniportal.analytics.audit..");

    @ArchTest
    static final ArchRule jgraphtStaysInTheSkillGraph = noClasses()
            .that().resideOutsideOfPackage("org.alumniportal.analytics.skillgraph..")
            .should().dependOnClassesThat().resideInAPackage("org.jgrapht..");
}
