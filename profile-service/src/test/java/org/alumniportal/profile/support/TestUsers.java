package org.alumniportal.profile.support;

import java.util.UUID;

import org.alumniportal.platform.test.TestJwts;

/** Fresh users per test, so tests sharing one context and database never see each other's data. */
public record TestUsers(String id, String email, String bearer) {

    public static TestUsers with(String... roles) {
        String id = UUID.randomUUID().toString();
        String email = "u-" + id.substring(0, 8) + "@alumni.test";
        return new TestUsers(id, email, TestJwts.user(id).email(email).name("Test " + id.substring(0, 4))
                .roles(roles).bearer());
    }

    public static TestUsers alumnus() {
        return with("ALUMNI");
    }

    public static TestUsers student() {
        return with("STUDENT");
    }

    public static TestUsers admin() {
        return with("ADMIN");
    }
}
