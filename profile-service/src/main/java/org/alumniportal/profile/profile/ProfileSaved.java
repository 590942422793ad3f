package org.alumniportal.profile.profile;

/**
 * In-process event published after every successful write of a profile (create, update, upload, verification,
 * role change). The search index and the ID card listen; the profile code never calls them.
 */
public record ProfileSaved(Profile profile) {
}
