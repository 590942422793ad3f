package org.alumniportal.job.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.junit.jupiter.api.Test;

class JobPermissionsTest {

    private static CurrentUser user(String... roles) {
        return new CurrentUser("u1", "u1@example.edu", "U", Set.of(roles), "s1");
    }

    @Test
    void onlyAlumniAndRecruitersPostJobs() {
        assertThat(JobPermissions.mayPost(user("ALUMNI"))).isTrue();
        assertThat(JobPermissions.mayPost(user("RECRUITER"))).isTrue();
        assertThat(JobPermissions.mayPost(user("STUDENT"))).isFalse();
        assertThat(JobPermissions.mayPost(user("ADMIN"))).isFalse();
        assertThat(JobPermissions.mayPost(user())).isFalse();
        assertThatThrownBy(() -> JobPermissions.requireMayPost(user("STUDENT")))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(403);
                    assertThat(e.type()).isEqualTo("forbidden");
                });
    }

    @Test
    void aRecruiterWhoIsAlsoAlumnusPostsAsRecruiter() {
        assertThat(JobPermissions.posterRoleOf(user("ALUMNI", "RECRUITER"))).isEqualTo("RECRUITER");
        assertThat(JobPermissions.posterRoleOf(user("ALUMNI"))).isEqualTo("ALUMNI");
    }
}
