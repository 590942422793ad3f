package org.alumniportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.alumniportal.platform.test.ServiceBasicsContract;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;

class ProfileServiceIT extends ServiceBasicsContract {

    ProfileServiceIT() {
        super("/api/profiles/me", "profile");
    }

    @Override
    public Probes problemProbes() {
        return new Probes(TestJwts.user("probe").roles("ADMIN").bearer(), "/api/profiles/{id}", "/api/admin/profiles/imports", "/api/admin/profiles/imports?status=NOPE",
                TestJwts.user("probe").roles("STUDENT").bearer(), "/api/admin/profiles/pending");
    }

    @Test
    void anAuthenticatedUserWithoutAProfileGetsTheNotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/profiles/me", TestJwts.user("no-profile-" + UUID.randomUUID()).roles("ALUMNI").bearer());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("/problems/not-found");
    }
}
