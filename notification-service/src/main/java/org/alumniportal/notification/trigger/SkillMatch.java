package org.alumniportal.notification.trigger;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JOB_MATCH rule: a user matches a job when they have at least {@code threshold} of the job's required
 * skills (rounded up, and always at least one). With the default 0.5: one of one or two skills, two of three
 * or four, three of five. Skills are compared after the platform's normalisation on both sides.
 */
final class SkillMatch {

    private SkillMatch() {
    }

    /** @return the common skills when they reach the threshold, empty otherwise */
    static List<String> matching(Collection<String> jobSkills, Collection<String> userSkills, double threshold) {
        Set<String> required = new LinkedHashSet<>(jobSkills);
        if (required.isEmpty()) {
            return List.of();
        }
        Set<String> common = new LinkedHashSet<>(required);
        common.retainAll(Set.copyOf(userSkills));
        int needed = Math.max(1, (int) Math.ceil(threshold * required.size() - 1e-9));
        return common.size() >= needed ? List.copyOf(common) : List.of();
    }
}
