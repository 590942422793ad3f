package org.alumniportal.community.content;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.http.HttpStatus;

/** The one rule for removed content: admins still see it, everyone else gets the same 404 as for missing content. */
public final class Removal {

    private Removal() {
    }

    public static boolean visibleTo(boolean removed, CurrentUser user) {
        return !removed || user.hasRole("ADMIN");
    }

    public static PortalException notFound(ContentType type, String id) {
        String word = type.name().charAt(0) + type.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        return new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, word + " not found",
                "There is no " + word.toLowerCase(java.util.Locale.ROOT) + " " + id + ".").with("id", id);
    }

    /** 403 {@code forbidden}: the content is visible to the caller, the action is not theirs to take. */
    public static PortalException forbidden(String detail) {
        return new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not allowed", detail);
    }
}
