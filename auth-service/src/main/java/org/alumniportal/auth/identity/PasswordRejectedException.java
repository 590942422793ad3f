package org.alumniportal.auth.identity;

/** The realm's password policy refused a password; the message is fit to show to the user. */
public class PasswordRejectedException extends RuntimeException {

    public PasswordRejectedException(String reason) {
        super(reason);
    }
}
