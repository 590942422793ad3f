package org.alumniportal.auth;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import org.alumniportal.platform.test.ProblemContract;
import org.alumniportal.platform.test.TestJwts;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shared problem policy on auth-service's admin user list (its base is not {@code ServiceBasicsContract}). */
class AuthProblemsIT extends AuthIntegrationTest implements ProblemContract {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Override
    public Probes problemProbes() {
        return new Probes(TestJwts.user("probe-admin").roles("ADMIN").bearer(), "/api/admin/users/{id}",
                "/api/admin/users", "/api/admin/users?role=NOPE", TestJwts.user("probe").roles("RECRUITER").bearer(),
                "/api/admin/users");
    }

    @Override
    public HttpResponse<String> call(String method, String path, String bearer) throws Exception {
        return ProblemContract.callLocal(http, port, method, path, bearer);
    }
}
