package org.alumniportal.auth.identity;

/** A grant was refused: wrong or unknown credentials, a locked or disabled account, a dead refresh token. */
public class InvalidCredentialsException extends RuntimeException {

    public InvalidCredentialsException(String reason) {
        super(reason);
    }
}
