package org.alumniportal.auth.identity;

/**
 * Keycloak's user profile requires both a first and a last name before it lets a user log in ("Account is
 * not fully set up" otherwise), while the portal asks for one full name. The last word becomes the last
 * name; a one-word name gets {@link #NO_LAST_NAME} as last name, which {@link #join} drops again.
 */
public final class PersonNames {

    static final String NO_LAST_NAME = "-";

    private PersonNames() {
    }

    static String[] split(String fullName) {
        String name = fullName.trim().replaceAll("\\s+", " ");
        int lastSpace = name.lastIndexOf(' ');
        if (lastSpace < 0) {
            return new String[] {name, NO_LAST_NAME};
        }
        return new String[] {name.substring(0, lastSpace), name.substring(lastSpace + 1)};
    }

    /** The full name from a token's {@code name} claim ("first last"), without the one-word-name marker. */
    public static String fromTokenName(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.trim();
        return trimmed.endsWith(" " + NO_LAST_NAME)
                ? trimmed.substring(0, trimmed.length() - NO_LAST_NAME.length() - 1).trim() : trimmed;
    }

    static String join(String firstName, String lastName) {
        String first = firstName == null ? "" : firstName.trim();
        String last = lastName == null || NO_LAST_NAME.equals(lastName.trim()) ? "" : lastName.trim();
        return (first + " " + last).trim();
    }
}
