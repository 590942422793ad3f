package org.alumniportal.profile.profile;

/** In-process event published after a profile was deleted (by its owner or an admin). */
public record ProfileRemoved(String userId) {
}
