package org.alumniportal.analytics.settings;

import java.util.Arrays;
import java.util.Optional;

/**
 * The settings catalogue agreed with the other services (they read the keys from {@code settings.changed.v1}).
 * Values are stored and announced as strings: {@code "true"}, {@code "5"}, {@code "a.com,b.org"}.
 */
public enum Setting {
    REGISTRATION_OPEN("registration.open", SettingType.BOOLEAN, "true", "New accounts may register"),
    RECRUITER_TRUSTED_DOMAINS("recruiters.trustedDomains", SettingType.DOMAIN_LIST, "",
            "E-mail domains whose recruiters are trusted without manual review"),
    UNVERIFIED_ALUMNI_MAY_POST("jobs.unverifiedAlumniMayPost", SettingType.BOOLEAN, "false",
            "Alumni whose profile is not verified yet may post jobs"),
    POSTING_APPROVAL_REQUIRED("jobs.postingApprovalRequired", SettingType.BOOLEAN, "false",
            "A new job posting waits for an administrator's approval"),
    MAX_CV_MB("uploads.maxCvMb", SettingType.INTEGER, "5", "Largest CV upload in MB (1-20)", 1, 20),
    MAX_PHOTO_MB("uploads.maxPhotoMb", SettingType.INTEGER, "2", "Largest photo upload in MB (1-10)", 1, 10),
    MAIL_SENDER("mail.sender", SettingType.EMAIL, "no-reply@alumni-portal.local", "Sender address of the portal's mail"),
    RATE_LIMIT_USER("rateLimits.userPerMinute", SettingType.INTEGER, "300",
            "Requests per minute a signed-in user may make (10-10000)", 10, 10_000),
    RATE_LIMIT_API_KEY("rateLimits.apiKeyPerMinute", SettingType.INTEGER, "120",
            "Requests per minute a third-party API key may make (10-10000)", 10, 10_000),
    FEATURE_MENTORSHIP("features.mentorship", SettingType.BOOLEAN, "true", "Mentorship is offered"),
    FEATURE_CAPSULES("features.capsules", SettingType.BOOLEAN, "true", "Time capsules are offered"),
    FEATURE_LEADERBOARD("features.leaderboard", SettingType.BOOLEAN, "true",
            "Engagement leaderboards are shown to non-admins"),
    FEATURE_CAREER_PREDICTION("features.careerPrediction", SettingType.BOOLEAN, "true",
            "Career prediction is offered");

    private final String key;
    private final SettingType type;
    private final String defaultValue;
    private final String description;
    private final long min;
    private final long max;

    Setting(String key, SettingType type, String defaultValue, String description) {
        this(key, type, defaultValue, description, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    Setting(String key, SettingType type, String defaultValue, String description, long min, long max) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.description = description;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public SettingType type() {
        return type;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    long min() {
        return min;
    }

    long max() {
        return max;
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
