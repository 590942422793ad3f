package org.alumniportal.job.recommendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.alumniportal.job.job.ExperienceRange;

/**
 * Picks the best {@code limit} open jobs for a seeker: filters (own postings, applied, past deadline,
 * remote-only, alumni not allowed), scores with {@link JobScorer} and keeps a bounded heap, so a request costs
 * one pass over the open jobs and reasons are written only for the jobs returned.
 */
final class JobRanker {

    /** Best first: higher score, then newer, then id (a stable order for equal jobs). */
    static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::total)
            .reversed()
            .thenComparing(r -> r.job().createdAt(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.job().id());

    record Ranked(OpenJob job, double total) {
    }

    /** A recommended job with its rounded score and the reasons shown to the user. */
    record Pick(OpenJob job, double score, List<String> reasons) {
    }

    private JobRanker() {
    }

    static List<Pick> rank(Iterable<OpenJob> jobs, Seeker seeker, Instant now, int limit) {
        PriorityQueue<Ranked> best = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        for (OpenJob job : jobs) {
            if (!eligible(job, seeker, now)) {
                continue;
            }
            double total = JobScorer.total(seeker, job, now);
            // Most jobs lose against the current worst of the best: skip them without allocating anything.
            if (best.size() == limit && total < best.peek().total()) {
                continue;
            }
            best.add(new Ranked(job, total));
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<Ranked> ranked = new ArrayList<>(best);
        ranked.sort(BEST_FIRST);
        return ranked.stream().map(r -> new Pick(r.job(), round(r.total()),
                reasons(JobScorer.score(seeker, r.job(), now), r.job(), seeker, now))).toList();
    }

    static boolean eligible(OpenJob job, Seeker seeker, Instant now) {
        return job.openAt(now)
                && !seeker.userId().equals(job.postedBy())
                && !seeker.excludedJobIds().contains(job.id())
                && (!seeker.remoteOnly() || job.remote())
                && (!seeker.alumniOnly() || job.allowAlumniApplicants());
    }

    static double round(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static List<String> reasons(JobScorer.Score score, OpenJob job, Seeker seeker, Instant now) {
        List<String> reasons = new ArrayList<>(4);
        if (score.matchedSkills() > 0) {
            List<String> matched = job.skillsRequired().stream()
                    .filter(skill -> seeker.skillKeys().contains(OpenJob.skillKey(skill))).toList();
            String shown = String.join(", ", matched.subList(0, Math.min(3, matched.size())))
                    + (matched.size() > 3 ? ", …" : "");
            reasons.add(matched.size() + " of " + job.skillKeys().size() + " required skills: " + shown);
        }
        String experience = experienceReason(seeker.yearsOfExperience(), job.experienceRequired());
        if (experience != null) {
            reasons.add(experience);
        }
        if (job.remote()) {
            reasons.add("remote");
        } else if (JobScorer.locationMatches(seeker.locationKey(), job.locationKey())) {
            reasons.add("in " + job.location());
        }
        reasons.add(postedAgo(job.createdAt(), now));
        return reasons;
    }

    private static String experienceReason(Integer years, ExperienceRange required) {
        if (years == null || required == null || (required.minYears() == null && required.maxYears() == null)) {
            return null;
        }
        if (required.minYears() != null && years < required.minYears()) {
            return "asks for " + required.minYears() + "+ years of experience";
        }
        if (required.maxYears() != null && years > required.maxYears()) {
            return "aimed at up to " + required.maxYears() + " years of experience";
        }
        return "fits your " + years + (years == 1 ? " year" : " years") + " of experience";
    }

    static String postedAgo(Instant postedAt, Instant now) {
        if (postedAt == null) {
            return "posting date unknown";
        }
        long days = Math.max(0, Duration.between(postedAt, now).toDays());
        return days == 0 ? "posted today" : days == 1 ? "posted yesterday" : "posted " + days + " days ago";
    }
}
