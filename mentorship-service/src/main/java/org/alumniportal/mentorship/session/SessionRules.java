package org.alumniportal.mentorship.session;

/** Shared constants of the session requests. */
final class SessionRules {

    /** https, a host, no whitespace: meeting links are opened by the other person, so no other scheme. */
    static final String HTTPS_URL = "^https://[A-Za-z0-9.-]+(:\\d+)?(/\\S*)?$";

    private SessionRules() {
    }
}
