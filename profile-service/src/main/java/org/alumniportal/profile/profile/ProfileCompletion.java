package org.alumniportal.profile.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The one weighting of profile completion (percent, weights sum to 100). What a recruiter or classmate looks
 * for first weighs most: who you are (name, headline, photo), where you work, and your timeline.
 *
 * <pre>
 * name 10 · headline 10 · bio 5 · photo 10 · currentCompany 5 · currentRole 5 · location 5 · batchYear 5
 * experience (≥ 1 entry) 10 · education (≥ 1 entry) 10 · skills (≥ 3; 1–2 give half) 10
 * achievements (≥ 1) 5 · socialLinks (≥ 1) 5 · CV 5
 * </pre>
 */
public final class ProfileCompletion {

    static final Map<String, Integer> WEIGHTS;
    private static final Map<String, Predicate<Profile>> FILLED = new LinkedHashMap<>();

    static {
        Map<String, Integer> weights = new LinkedHashMap<>();
        rule(weights, "name", 10, p -> hasText(p.getName()));
        rule(weights, "headline", 10, p -> hasText(p.getHeadline()));
        rule(weights, "bio", 5, p -> hasText(p.getBio()));
        rule(weights, "photo", 10, p -> p.getPhoto() != null);
        rule(weights, "currentCompany", 5, p -> hasText(p.getCurrentCompany()));
        rule(weights, "currentRole", 5, p -> hasText(p.getCurrentRole()));
        rule(weights, "location", 5, p -> hasText(p.getLocation()));
        rule(weights, "batchYear", 5, p -> p.getBatchYear() != null);
        rule(weights, "experience", 10, p -> !p.getExperience().isEmpty());
        rule(weights, "education", 10, p -> !p.getEducation().isEmpty());
        rule(weights, "skills", 10, null); // graded, see of()
        rule(weights, "achievements", 5, p -> !p.getAchievements().isEmpty());
        rule(weights, "socialLinks", 5, p -> !p.getSocialLinks().isEmpty());
        rule(weights, "cv", 5, p -> p.getCv() != null);
        WEIGHTS = Map.copyOf(weights);
    }

    private ProfileCompletion() {
    }

    public static int of(Profile profile) {
        int total = 0;
        for (Map.Entry<String, Predicate<Profile>> rule : FILLED.entrySet()) {
            if (rule.getValue() != null && rule.getValue().test(profile)) {
                total += WEIGHTS.get(rule.getKey());
            }
        }
        int skills = profile.getSkills().size();
        total += skills >= 3 ? WEIGHTS.get("skills") : skills > 0 ? WEIGHTS.get("skills") / 2 : 0;
        return Math.min(100, total);
    }

    private static void rule(Map<String, Integer> weights, String field, int weight, Predicate<Profile> filled) {
        weights.put(field, weight);
        FILLED.put(field, filled);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
