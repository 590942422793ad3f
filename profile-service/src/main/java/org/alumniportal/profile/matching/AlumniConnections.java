package org.alumniportal.profile.matching;

import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import org.alumniportal.profile.profile.AlumniProof;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.profile.search.Audience;
import org.alumniportal.profile.search.DirectoryEntry;
import org.alumniportal.profile.search.DirectoryIndex;

/**
 * Suggestions from the caller's own profile. The index returns the best candidates under the search privacy rules
 * (listed alumni only, never hidden, never the caller), weighted like {@link ConnectionScorer}; the scorer then
 * explains each one.
 */
@Service
class AlumniConnections {

    /** Extra candidates fetched beyond the limit, so ties broken by recency here are not cut off by the index. */
    private static final int HEADROOM = 20;

    private final DirectoryIndex index;
    private final AlumniProof proof;
    private final ConnectionScorer scorer = new ConnectionScorer();

    AlumniConnections(DirectoryIndex index, AlumniProof proof) {
        this.index = index;
        this.proof = proof;
    }

    ConnectionSuggestions suggest(CurrentUser user, int limit) {
        DirectoryEntry me = index.entry(user.id()).orElseThrow(() -> new PortalException(HttpStatus.CONFLICT,
                "profile-required", "Create your profile first",
                "Suggestions are drawn from your profile's skills, company, location and batch; create it with "
                        + "POST /api/profiles/create."));
        List<DirectoryEntry> candidates = index.related(me, Audience.of(user, proof), limit + HEADROOM,
                ConnectionScorer.PER_SHARED_SKILL, ConnectionScorer.SAME_COMPANY, ConnectionScorer.SAME_LOCATION,
                ConnectionScorer.BATCH_STEP);
        return new ConnectionSuggestions(candidates.stream()
                .map(c -> new Scored(c, scorer.score(me, c)))
                .filter(s -> s.score().points() > 0)
                .sorted(Comparator.comparingInt((Scored s) -> s.score().points()).reversed()
                        .thenComparing((Scored s) -> s.entry().updatedAt(), Comparator.reverseOrder())
                        .thenComparing(s -> s.entry().userId()))
                .limit(limit)
                .map(s -> new ConnectionSuggestion(s.entry().card(), s.score().points(), s.score().reasons()))
                .toList());
    }

    private record Scored(DirectoryEntry entry, ConnectionScorer.Score score) {
    }
}
