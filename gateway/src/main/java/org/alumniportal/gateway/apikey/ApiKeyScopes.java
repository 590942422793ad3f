package org.alumniportal.gateway.apikey;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which scope opens which endpoint; the first matching rule decides, and a request no rule matches is closed
 * to every key (profiles, applying to jobs, withdrawing, recommendations, admin…).
 */
final class ApiKeyScopes {

    static final String JOBS_READ = "jobs:read";
    static final String JOBS_WRITE = "jobs:write";
    static final String APPLICATIONS_READ = "applications:read";
    static final String APPLICATIONS_WRITE = "applications:write";

    private record Rule(Set<HttpMethod> methods, PathPattern path, Set<String> scopes) {
    }

    private static final Set<HttpMethod> READ = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Set<HttpMethod> WRITE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private static final List<Rule> RULES = List.of(
            rule(Set.of(HttpMethod.POST), "/api/jobs/*/apply"),
            rule(READ, "/api/jobs/*/applications", APPLICATIONS_READ),
            rule(READ, "/api/jobs", JOBS_READ),
            rule(READ, "/api/jobs/**", JOBS_READ),
            rule(WRITE, "/api/jobs", JOBS_WRITE),
            rule(WRITE, "/api/jobs/**", JOBS_WRITE),
            rule(READ, "/api/recruiter/jobs", JOBS_WRITE, JOBS_READ),
            rule(READ, "/api/recruiter/applications/summary", APPLICATIONS_READ),
            rule(READ, "/api/recruiter/analytics", APPLICATIONS_READ),
            rule(READ, "/api/recruiter/analytics/**", APPLICATIONS_READ),
            rule(Set.of(HttpMethod.PUT), "/api/applications/*/status", APPLICATIONS_WRITE),
            rule(READ, "/api/applications/my-applications"),
            rule(READ, "/api/applications/**", APPLICATIONS_READ));

    private ApiKeyScopes() {
    }

    private static Rule rule(Set<HttpMethod> methods, String path, String... scopes) {
        return new Rule(methods, PathPatternParser.defaultInstance.parse(path), Set.of(scopes));
    }

    /** The scopes any one of which opens this endpoint; empty when no key may call it. */
    static Set<String> opening(HttpMethod method, PathContainer path) {
        return RULES.stream().filter(r -> r.methods().contains(method) && r.path().matches(path)).findFirst()
                .map(Rule::scopes).orElse(Set.of());
    }

    static boolean allows(List<String> granted, HttpMethod method, PathContainer path) {
        Set<String> opening = opening(method, path);
        return granted.stream().anyMatch(opening::contains);
    }

    static Optional<String> describe(HttpMethod method, PathContainer path) {
        return opening(method, path).stream().sorted().reduce((a, b) -> a + " or " + b);
    }
}
