package org.alumniportal.auth.identity;

import java.util.List;

/** One page of users and the total number of users. */
public record UserPage(List<IdentityUser> users, long total) {
}
