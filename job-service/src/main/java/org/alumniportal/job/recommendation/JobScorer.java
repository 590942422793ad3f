package org.alumniportal.job.recommendation;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.alumniportal.job.job.ExperienceRange;

/**
 * The documented score of a job for a person, in 0..1:
 * <pre>
 *   score = 0.55 · skills + 0.20 · experience + 0.15 · location + 0.10 · recency
 * </pre>
 * <ul>
 * <li>skills: cosine similarity of the two skill sets as binary vectors, |A∩B| / √(|A|·|B|); 0 when either
 *     side has none. Skills dominate because they are what a posting is about.</li>
 * <li>experience: 1 inside the job's [minYears, maxYears] (or without a requirement); 0.25 less per year
 *     short of minYears, 0.1 less per year over maxYears (over-qualified hurts less), floored at 0; 0.5 when
 *     the profile does not state its years.</li>
 * <li>location: 1 for a remote job or one whose location contains the preferred one (or the other way
 *     round); 0.5 without a preference; 0 elsewhere.</li>
 * <li>recency: exponential decay with a half-life of 14 days since posting.</li>
 * </ul>
 */
final class JobScorer {

    static final double SKILLS_WEIGHT = 0.55;
    static final double EXPERIENCE_WEIGHT = 0.20;
    static final double LOCATION_WEIGHT = 0.15;
    static final double RECENCY_WEIGHT = 0.10;
    static final Duration RECENCY_HALF_LIFE = Duration.ofDays(14);

    /** The parts of a score, kept for the reasons shown to the user. */
    record Score(double total, int matchedSkills, double skills, double experience, double location,
            double recency) {
    }

    private JobScorer() {
    }

    /** The total alone, without allocating: what ranking computes for every open job. */
    static double total(Seeker seeker, OpenJob job, Instant now) {
        return SKILLS_WEIGHT * cosine(intersection(seeker.skillKeys(), job.skillKeys()), seeker.skillKeys().size(),
                job.skillKeys().size())
                + EXPERIENCE_WEIGHT * experienceFit(seeker.yearsOfExperience(), job.experienceRequired())
                + LOCATION_WEIGHT * locationFit(seeker.locationKey(), job)
                + RECENCY_WEIGHT * recency(job.createdAt(), now);
    }

    static Score score(Seeker seeker, OpenJob job, Instant now) {
        int matched = intersection(seeker.skillKeys(), job.skillKeys());
        double skills = cosine(matched, seeker.skillKeys().size(), job.skillKeys().size());
        double experience = experienceFit(seeker.yearsOfExperience(), job.experienceRequired());
        double location = locationFit(seeker.locationKey(), job);
        double recency = recency(job.createdAt(), now);
        double total = SKILLS_WEIGHT * skills + EXPERIENCE_WEIGHT * experience + LOCATION_WEIGHT * location
                + RECENCY_WEIGHT * recency;
        return new Score(total, matched, skills, experience, location, recency);
    }

    /** Cosine similarity of two sets seen as binary vectors over the union of their elements. */
    static double cosine(Set<String> a, Set<String> b) {
        return cosine(intersection(a, b), a.size(), b.size());
    }

    private static double cosine(int common, int sizeA, int sizeB) {
        return sizeA == 0 || sizeB == 0 ? 0 : common / Math.sqrt((double) sizeA * sizeB);
    }

    private static int intersection(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String element : small) {
            if (large.contains(element)) {
                common++;
            }
        }
        return common;
    }

    static double experienceFit(Integer years, ExperienceRange required) {
        if (required == null || (required.minYears() == null && required.maxYears() == null)) {
            return 1;
        }
        if (years == null) {
            return 0.5;
        }
        if (required.minYears() != null && years < required.minYears()) {
            return Math.max(0, 1 - 0.25 * (required.minYears() - years));
        }
        if (required.maxYears() != null && years > required.maxYears()) {
            return Math.max(0, 1 - 0.1 * (years - required.maxYears()));
        }
        return 1;
    }

    static double locationFit(String preferredKey, OpenJob job) {
        if (job.remote()) {
            return 1;
        }
        if (preferredKey == null) {
            return 0.5;
        }
        return locationMatches(preferredKey, job.locationKey()) ? 1 : 0;
    }

    static boolean locationMatches(String preferredKey, String jobKey) {
        return preferredKey != null && jobKey != null && (jobKey.contains(preferredKey) || preferredKey.contains(jobKey));
    }

    static double recency(Instant postedAt, Instant now) {
        if (postedAt == null) {
            return 0;
        }
        double ageDays = Math.max(0, now.toEpochMilli() - postedAt.toEpochMilli()) / 86_400_000d;
        return Math.pow(0.5, ageDays / RECENCY_HALF_LIFE.toDays());
    }
}
