package org.alumniportal.platform.config;

/**
 * Checks a secret read from the environment at start. The base {@code application.yml} refers to a secret as
 * {@code ${VARIABLE}} with no default, and only {@code application-local.yml} (the profile {@code ./portal}
 * and the tests turn on) carries development values; so outside the local stack an unset variable reaches
 * the binder as its own unresolved placeholder, and the service must refuse to start rather than run with it.
 */
public final class RequiredSecret {

    private RequiredSecret() {
    }

    /**
     * @return {@code value} when it is a real value
     * @throws IllegalStateException naming {@code variable} when it is missing, blank or an unresolved placeholder
     */
    public static String require(String value, String variable) {
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException(variable + " is not set: this secret has no default outside the local "
                    + "profile; set " + variable + " in the environment (or run with SPRING_PROFILES_ACTIVE=local "
                    + "for the development values)");
        }
        return value;
    }
}
