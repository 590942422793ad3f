package org.alumniportal.auth.identity;

/** A user with this e-mail address exists already. */
public class EmailAlreadyRegisteredException extends RuntimeException {

    public EmailAlreadyRegisteredException() {
        super("A user with this e-mail address exists already");
    }
}
