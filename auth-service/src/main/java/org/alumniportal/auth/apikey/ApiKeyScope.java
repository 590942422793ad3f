package org.alumniportal.auth.apikey;

import java.util.Arrays;
import java.util.Optional;

/** What a key may do; the gateway maps each scope to the job and application endpoints it opens. */
enum ApiKeyScope {
    JOBS_READ("jobs:read"),
    JOBS_WRITE("jobs:write"),
    APPLICATIONS_READ("applications:read"),
    APPLICATIONS_WRITE("applications:write");

    /** For Bean Validation of requests: exactly the wire names. */
    static final String PATTERN = "jobs:read|jobs:write|applications:read|applications:write";

    private final String wireName;

    ApiKeyScope(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static Optional<ApiKeyScope> fromWireName(String name) {
        return Arrays.stream(values()).filter(scope -> scope.wireName.equals(name)).findFirst();
    }
}
