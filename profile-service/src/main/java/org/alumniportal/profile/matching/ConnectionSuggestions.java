package org.alumniportal.profile.matching;

import java.util.List;

/** Suggestions, best first. */
record ConnectionSuggestions(List<ConnectionSuggestion> items) {
}
