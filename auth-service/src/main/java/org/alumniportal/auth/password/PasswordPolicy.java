package org.alumniportal.auth.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The portal's password rules, checked before Keycloak is asked so that every broken rule comes back at once
 * as a field error. They mirror the realm policy ({@code length(8) and digits(1) and upperCase(1) and
 * lowerCase(1) and notEmail}) and are a little stricter: the password must not even contain the address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Every rule the password breaks, as messages for the field; empty when it is fine. */
    public static List<String> violations(String password, String email) {
        List<String> broken = new ArrayList<>();
        if (password == null) {
            return broken;
        }
        if (password.length() < MIN_LENGTH) {
            broken.add("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > MAX_LENGTH) {
            broken.add("must be at most " + MAX_LENGTH + " characters long");
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            broken.add("must contain a digit");
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            broken.add("must contain an upper-case letter");
        }
        if (password.chars().noneMatch(Character::isLowerCase)) {
            broken.add("must contain a lower-case letter");
        }
        if (email != null && !email.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(email.trim().toLowerCase(Locale.ROOT))) {
            broken.add("must not contain the e-mail address");
        }
        return broken;
    }
}
