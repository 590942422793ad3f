package org.alumniportal.auth.identity;

/** No user with the given id exists (any more). */
public class UnknownUserException extends RuntimeException {

    public UnknownUserException(String userId) {
        super("No user " + userId);
    }
}
