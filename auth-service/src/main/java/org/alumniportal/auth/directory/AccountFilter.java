package org.alumniportal.auth.directory;

import org.alumniportal.auth.identity.PortalRole;

/** What the admin user list narrows by; a null field does not filter. {@code q} matches name or e-mail. */
public record AccountFilter(PortalRole role, AccountStatus status, Boolean verified, String q) {
}
