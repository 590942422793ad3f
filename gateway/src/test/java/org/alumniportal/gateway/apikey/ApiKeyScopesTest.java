package org.alumniportal.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;

class ApiKeyScopesTest {

    @ParameterizedTest(name = "{0} {1} needs {2}")
    @CsvSource({
            "GET, /api/jobs, jobs:read",
            "GET, /api/jobs/j1, jobs:read",
            "POST, /api/jobs, jobs:write",
            "POST, /api/jobs/create, jobs:write",
            "PUT, /api/jobs/j1, jobs:write",
            "DELETE, /api/jobs/j1, jobs:write",
            "POST, /api/jobs/j1/close, jobs:write",
            "GET, /api/recruiter/jobs, jobs:write",
            "GET, /api/recruiter/jobs, jobs:read",
            "GET, /api/jobs/j1/applications, applications:read",
            "GET, /api/applications/a1, applications:read",
            "GET, /api/recruiter/applications/summary, applications:read",
            "GET, /api/recruiter/analytics, applications:read",
            "PUT, /api/applications/a1/status, applications:write"})
    void eachScopeOpensItsEndpoints(String method, String path, String scope) {
        assertThat(ApiKeyScopes.allows(List.of(scope), HttpMethod.valueOf(method), PathContainer.parsePath(path)))
                .isTrue();
    }

    @ParameterizedTest(name = "{0} {1} is closed to every key")
    @CsvSource({
            "GET, /api/profiles/me",
            "GET, /api/profiles/search",
            "POST, /api/jobs/j1/apply",
            "POST, /api/applications/a1/withdraw",
            "GET, /api/applications/my-applications",
            "POST, /api/matching/job-recommendations",
            "GET, /api/admin/api-keys",
            "DELETE, /api/admin/api-keys/k1",
            "GET, /api/auth/me",
            "GET, /api/notifications/unread-count"})
    void everythingElseIsClosed(String method, String path) {
        List<String> all = List.of("jobs:read", "jobs:write", "applications:read", "applications:write");
        assertThat(ApiKeyScopes.allows(all, HttpMethod.valueOf(method), PathContainer.parsePath(path))).isFalse();
    }

    @ParameterizedTest(name = "{2} does not open {0} {1}")
    @CsvSource({
            "GET, /api/jobs/j1/applications, jobs:read",
            "GET, /api/jobs/j1/applications, jobs:write",
            "POST, /api/jobs, jobs:read",
            "PUT, /api/applications/a1/status, applications:read",
            "GET, /api/applications/a1, applications:write",
            "GET, /api/jobs, applications:read"})
    void aScopeOpensNoMoreThanItsEndpoints(String method, String path, String scope) {
        assertThat(ApiKeyScopes.allows(List.of(scope), HttpMethod.valueOf(method), PathContainer.parsePath(path)))
                .isFalse();
    }
}
