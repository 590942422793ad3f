package org.alumniportal.community.content;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;

/** The one rule for removed content: admins still see it, everyone else gets the same 404 as for missing content. */
public final class Removal {

    private Removal() {
    }

    public static boolean visibleTo(boolean removed, CurrentUser user) {
        return !removed || user.hasRole("ADMIN");
    }

    public static PortalException notFound(ContentType type, String id) {
        String slug = type.name().toLowerCase(java.util.Locale.ROOT) + "-not-found";
        String word = type.name().charAt(0) + type.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        return new PortalException(HttpStatus.NOT_FOUND, slug, word + " not found",
                "There is no " + word.toLowerCase(java.util.Locale.ROOT) + " " + id + ".").with("id", id);
    }

    public static PortalException forbidden(String slug, String detail) {
        return new PortalException(HttpStatus.FORBIDDEN, slug, "Not allowed", detail);
    }
}
