package org.alumniportal.auth.identity;

/** A user to create; {@code email} is already normalised (see {@link Emails}). */
public record NewIdentityUser(String email, String password, String fullName, boolean emailVerified) {

    @Override
    public String toString() {
        return "NewIdentityUser[fullName=" + fullName + ", emailVerified=" + emailVerified + "]";
    }
}
