package org.alumniportal.analytics.web;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.http.HttpStatus;

/** Server-side authorisation shared by the controllers. */
public final class Access {

    public static final String ADMIN = "ADMIN";

    private Access() {
    }

    public static boolean isAdmin(CurrentUser user) {
        return user != null && user.hasRole(ADMIN);
    }

    public static void requireAdmin(CurrentUser user) {
        if (!isAdmin(user)) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Administrators only",
                    "Only an administrator may use this endpoint.");
        }
    }
}
