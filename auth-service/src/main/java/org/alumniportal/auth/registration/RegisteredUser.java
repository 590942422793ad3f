package org.alumniportal.auth.registration;

/** The answer to a registration: the account exists, its address is not verified yet. */
record RegisteredUser(String userId, String email, String fullName, String role, boolean emailVerified) {
}
