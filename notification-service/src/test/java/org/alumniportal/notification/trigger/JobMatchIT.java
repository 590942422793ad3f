package org.alumniportal.notification.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.alumniportal.notification.recipient.Recipients;
import org.alumniportal.notification.testing.NotificationIntegrationTest;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.events.job.JobPosted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** JOB_MATCH from the job.posted.v1 sample against profile skills, with the threshold and the daily cap. */
class JobMatchIT extends NotificationIntegrationTest {

    @Autowired
    Recipients recipients;

    private String seeker(String role, List<String> skills) {
        String userId = knownUser("Seeker");
        events.send(userId, new ProfileUpdated(userId, role, "Seeker Person", "Engineer", "Acme", "Engineer",
                "Pune", 2020, skills, 3, "SIGNED_IN", false, true, 80));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> recipients.find(userId).map(r -> !r.getSkills().isEmpty()).orElse(false));
        return userId;
    }

    private long jobMatches(String userId) {
        return api.get("/api/notifications?type=JOB_MATCH", bearer(userId)).json().path("totalElements").asLong();
    }

    @Test
    void aJobReachesTheUsersWithEnoughOfItsSkillsAndNotThePoster() {
        // "java" and "spring-boot" are normalised like the job's "Java" and "Spring Boot"
        String matching = seeker("ALUMNI", List.of("java", "Docker"));
        String notMatching = seeker("STUDENT", List.of("Python", "Django"));
        String recruiterWithSkills = seeker("RECRUITER", List.of("Java", "Spring Boot"));
        String poster = seeker("ALUMNI", List.of("Java", "Spring Boot"));

        events.send(JobPosted.class, Map.of("postedBy", poster, "title", "Platform Engineer"));

        JsonNode match = awaitNotification(matching, "JOB_MATCH");
        assertThat(match.path("title").asString()).contains("Platform Engineer");
        assertThat(match.path("message").asString()).contains("Java");
        assertThat(match.path("link").asString()).startsWith("/jobs/");
        assertThat(match.path("priority").asString()).isEqualTo("LOW");
        // a later event for each of the others shows the job was consumed before we look
        String marker = knownUser("Marker");
        events.send(JobPosted.class, Map.of("postedBy", marker, "skillsRequired", List.of("Python")));
        awaitNotification(notMatching, "JOB_MATCH");
        assertThat(jobMatches(notMatching)).isEqualTo(1);
        assertThat(jobMatches(recruiterWithSkills)).isZero();
        assertThat(jobMatches(poster)).isZero();
    }

    @Test
    void nobodyGetsMoreThanThreeJobMatchesADay() {
        String busy = seeker("STUDENT", List.of("Kotlin"));

        for (int i = 0; i < 5; i++) {
            events.send(JobPosted.class, Map.of("title", "Kotlin job " + i, "skillsRequired", List.of("Kotlin")));
        }
        String marker = seeker("STUDENT", List.of("Haskell"));
        events.send(JobPosted.class, Map.of("skillsRequired", List.of("Haskell")));
        awaitNotification(marker, "JOB_MATCH");

        assertThat(jobMatches(busy)).isEqualTo(3);
    }
}
