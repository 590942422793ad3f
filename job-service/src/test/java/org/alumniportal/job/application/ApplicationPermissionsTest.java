package org.alumniportal.job.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.alumniportal.job.job.Job;
import org.alumniportal.job.job.JobDetails;
import org.alumniportal.job.job.JobType;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.junit.jupiter.api.Test;

class ApplicationPermissionsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private static CurrentUser user(String id, String... roles) {
        return new CurrentUser(id, id + "@example.edu", id, Set.of(roles), "s-" + id);
    }

    private static Job job(boolean allowAlumni) {
        return Job.post("j1", new JobDetails("Dev", "", "Acme", "Pune", false, JobType.FULL_TIME, null, List.of("Java"),
                null, null, NOW.plusSeconds(86_400), allowAlumni), List.of("Java"), "poster", "RECRUITER", NOW);
    }

    private static void assertRefused(Runnable action, String slug) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.status().value()).isEqualTo("not-found".equals(slug) ? 404 : 403);
            assertThat(e.type()).isEqualTo(slug);
        });
    }

    @Test
    void studentsApplyAlumniOnlyWhereAllowedOthersNever() {
        assertThatCode(() -> ApplicationPermissions.requireMayApply(user("s", "STUDENT"), job(false)))
                .doesNotThrowAnyException();
        assertRefused(() -> ApplicationPermissions.requireMayApply(user("a", "ALUMNI"), job(false)), "forbidden");
        assertThatCode(() -> ApplicationPermissions.requireMayApply(user("a", "ALUMNI"), job(true)))
                .doesNotThrowAnyException();
        assertRefused(() -> ApplicationPermissions.requireMayApply(user("r", "RECRUITER"), job(true)),
                "forbidden");
        assertRefused(() -> ApplicationPermissions.requireMayApply(user("x", "ADMIN"), job(true)), "forbidden");
    }

    @Test
    void nobodyAppliesToTheirOwnJob() {
        assertRefused(() -> ApplicationPermissions.requireMayApply(user("poster", "ALUMNI", "STUDENT"), job(true)),
                "own-job");
    }

    @Test
    void applicantPosterAndAdminReadAnApplicationNobodyElse() {
        JobApplication application = JobApplication.submit("a1", "j1", "Dev", "Acme", "student", "poster",
                CvSource.PROFILE, null, null, NOW);

        assertThat(ApplicationPermissions.mayRead(user("student", "STUDENT"), application)).isTrue();
        assertThat(ApplicationPermissions.mayRead(user("poster", "RECRUITER"), application)).isTrue();
        assertThat(ApplicationPermissions.mayRead(user("boss", "ADMIN"), application)).isTrue();
        assertThat(ApplicationPermissions.mayRead(user("other", "STUDENT"), application)).isFalse();
        assertRefused(() -> ApplicationPermissions.requireMayRead(user("other", "STUDENT"), application),
                "not-found");
    }

    @Test
    void onlyThePosterMovesAndOnlyTheApplicantWithdraws() {
        JobApplication application = JobApplication.submit("a1", "j1", "Dev", "Acme", "student", "poster",
                CvSource.PROFILE, null, null, NOW);

        assertRefused(() -> ApplicationPermissions.requirePoster(user("student", "STUDENT"), application),
                "forbidden");
        assertRefused(() -> ApplicationPermissions.requirePoster(user("boss", "ADMIN"), application), "forbidden");
        assertRefused(() -> ApplicationPermissions.requireApplicant(user("poster", "RECRUITER"), application),
                "forbidden");
        assertRefused(() -> ApplicationPermissions.requirePoster(user("other", "RECRUITER"), application),
                "not-found");
        assertRefused(() -> ApplicationPermissions.requireApplicant(user("other", "STUDENT"), application),
                "not-found");
        assertThatCode(() -> ApplicationPermissions.requirePoster(user("poster", "RECRUITER"), application))
                .doesNotThrowAnyException();
        assertThatCode(() -> ApplicationPermissions.requireApplicant(user("student", "STUDENT"), application))
                .doesNotThrowAnyException();
    }
}
