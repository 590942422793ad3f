package org.alumniportal.auth.account;

import java.util.List;

/** The caller's account: {@code userId} is the token subject, {@code roles} the portal roles it carries. */
record Me(String userId, String email, String fullName, List<String> roles, boolean emailVerified) {
}
