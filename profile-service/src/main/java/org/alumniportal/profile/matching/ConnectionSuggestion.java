package org.alumniportal.profile.matching;

import java.util.List;

import org.alumniportal.profile.search.ProfileCard;

/** One suggested connection: who, how strong the match is, and in words why. */
record ConnectionSuggestion(ProfileCard profile, int score, List<String> reasons) {
}
