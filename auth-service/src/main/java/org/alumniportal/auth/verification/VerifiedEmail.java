package org.alumniportal.auth.verification;

/** The answer to a successful verification. */
record VerifiedEmail(String email, boolean emailVerified) {
}
