package org.alumniportal.mentorship.matching;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer of both suggestion paths. */
record MentorSuggestions(
        @Schema(description = "the normalised skills and interests that were matched") List<String> basedOn,
        @Schema(description = "PROFILE or REQUEST: where basedOn came from") String source,
        List<Suggestion> suggestions) {
}
