package org.alumniportal.profile.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.alumniportal.profile.search.DirectoryEntry;

/**
 * How much two alumni have in common, and why. Weights: {@value #PER_SHARED_SKILL} per shared skill,
 * {@value #SAME_COMPANY} for the same current company, {@value #SAME_LOCATION} for the same location, and for the
 * batch {@value #BATCH_STEP} × (3 − years apart) up to two years apart (6, 4, 2). A company in common outweighs
 * one shared skill because colleagues are the likelier connection; a city and a close batch are tie-breakers.
 * Companies and locations compare case- and space-insensitively; skills are already normalised by the core.
 */
final class ConnectionScorer {

    static final int PER_SHARED_SKILL = 10;
    static final int SAME_COMPANY = 15;
    static final int SAME_LOCATION = 8;
    static final int BATCH_STEP = 2;
    static final int MAX_BATCH_DISTANCE = 2;

    record Score(int points, List<String> reasons) {
    }

    Score score(DirectoryEntry me, DirectoryEntry other) {
        int points = 0;
        List<String> reasons = new ArrayList<>();
        Set<String> theirs = other.skills().stream().map(ConnectionScorer::key).collect(Collectors.toSet());
        List<String> shared = me.skills().stream().filter(s -> theirs.contains(key(s))).toList();
        if (!shared.isEmpty()) {
            points += PER_SHARED_SKILL * shared.size();
            reasons.add(shared.size() + (shared.size() == 1 ? " shared skill: " : " shared skills: ")
                    + String.join(", ", shared));
        }
        if (same(me.currentCompany(), other.currentCompany())) {
            points += SAME_COMPANY;
            reasons.add("both at " + other.currentCompany().strip());
        }
        if (same(me.location(), other.location())) {
            points += SAME_LOCATION;
            reasons.add("both in " + other.location().strip());
        }
        if (me.batchYear() != null && other.batchYear() != null) {
            int apart = Math.abs(me.batchYear() - other.batchYear());
            if (apart <= MAX_BATCH_DISTANCE) {
                points += BATCH_STEP * (MAX_BATCH_DISTANCE + 1 - apart);
                reasons.add("batch of " + other.batchYear());
            }
        }
        return new Score(points, List.copyOf(reasons));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !key(a).isEmpty() && key(a).equals(key(b));
    }

    private static String key(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
