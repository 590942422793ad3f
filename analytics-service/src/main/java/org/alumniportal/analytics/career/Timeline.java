package org.alumniportal.analytics.career;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.alumniportal.analytics.readmodel.ProfileFacts;

/**
 * A person's career as a sequence of normalised roles in start order; consecutive jobs with the same role (a move
 * between companies) are one stay. {@code months} of a stay run from its first start to the next stay's start
 * (or its own end).
 */
record Timeline(String userId, List<String> skills, List<Stay> stays) {

    record Stay(String role, int months) {
    }

    static Timeline of(ProfileFacts profile) {
        List<ProfileFacts.Job> jobs = profile.experience().stream()
                .filter(j -> RoleNormalizer.normalize(j.role()) != null && month(j.start()) != null)
                .sorted(Comparator.comparing((ProfileFacts.Job j) -> month(j.start())))
                .toList();
        List<Stay> stays = new ArrayList<>();
        String role = null;
        YearMonth since = null;
        for (int i = 0; i < jobs.size(); i++) {
            ProfileFacts.Job job = jobs.get(i);
            String normalized = RoleNormalizer.normalize(job.role());
            if (!normalized.equals(role)) {
                if (role != null) {
                    stays.add(new Stay(role, months(since, month(job.start()))));
                }
                role = normalized;
                since = month(job.start());
            }
            if (i == jobs.size() - 1) {
                YearMonth end = month(job.end());
                stays.add(new Stay(role, end == null ? -1 : months(since, end)));
            }
        }
        return new Timeline(profile.userId(), profile.skills(), List.copyOf(stays));
    }

    private static int months(YearMonth from, YearMonth to) {
        return (int) Math.max(0, from.until(to, java.time.temporal.ChronoUnit.MONTHS));
    }

    static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip().length() > 7 ? value.strip().substring(0, 7) : value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
