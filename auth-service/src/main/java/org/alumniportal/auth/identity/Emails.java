package org.alumniportal.auth.identity;

import java.util.Locale;

/** Keycloak stores e-mail addresses (our usernames) in lower case; every lookup uses the same form. */
public final class Emails {

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
