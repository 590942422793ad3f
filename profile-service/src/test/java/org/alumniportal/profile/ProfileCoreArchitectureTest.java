package org.alumniportal.profile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.alumniportal.profile.profile.Profile;

/**
 * The profile core knows no other feature: readers (search, card, uploads, verification, export) build on it and
 * learn of changes through ProfileSaved/ProfileRemoved, never the reverse.
 */
@AnalyzeClasses(packages = "org.alumniportal.profile", importOptions = ImportOption.DoNotIncludeTests.class)
class ProfileCoreArchitectureTest {

    @ArchTest
    static final ArchRule profileCoreDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage("org.alumniportal.profile.profile..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alumniportal.profile.upload..",
                    "org.alumniportal.profile.verification..", "org.alumniportal.profile.export..",
                    "org.alumniportal.profile.search..", "org.alumniportal.profile.card..",
                    "org.alumniportal.profile.importing..", "org.alumniportal.profile.matching..");

    @ArchTest
    static final ArchRule controllersNeverReturnTheProfileDocument = methods()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Controller")
            .should().notHaveRawReturnType(Profile.class);
}
