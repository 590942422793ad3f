package org.alumniportal.auth.identity;

/**
 * Keycloak's user profile requires both a first and a last name before it lets a user log in ("Account is
 * not fully set up" otherwise), while the portal asks for one full name. The last word becomes the last
 * name; a one-word name gets {@link #NO_LAST_NAME} as last name, which {@link #join} drops again.
 */
final class PersonNames {

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

    static String join(String firstName, String lastName) {
        String first = firstName == null ? "" : firstName.trim();
        String last = lastName == null || NO_LAST_NAME.equals(lastName.trim()) ? "" : lastName.trim();
        return (first + " " + last).trim();
    }
}
