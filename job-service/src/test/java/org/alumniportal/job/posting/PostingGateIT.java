package org.alumniportal.job.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.alumniportal.platform.test.Api;
import org.alumniportal.job.testing.JobIntegrationTest;
import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventTypes;
import org.alumniportal.platform.events.admin.SettingsChanged;
import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Role proof before posting: recruiters need approval (or a trusted domain), alumni a verified profile unless
 * the setting allows otherwise; both learned from events, settings applied live. The shared test base trusts
 * the test tokens' own domain and lets unverified alumni post, so these tests use other domains and flip the
 * setting (restoring it afterwards).
 */
class PostingGateIT extends JobIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Test
    void aRecruiterPostsOnlyAfterAnAdminApprovesTheAccount() {
        String id = newId("recruiter");
        String bearer = TestJwts.user(id).email("rita@hiring-agency.test").roles("RECRUITER").bearer();
        send(id, new UserStatusChanged(id, null, "PENDING_APPROVAL", "recruiter-approval-required", null));

        Api.Response refused = api.post("/api/jobs", jobBody("Engineer", "Agency"), bearer);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("recruiter-not-approved");

        send(id, new UserStatusChanged(id, "PENDING_APPROVAL", "ACTIVE", null, "admin-1"));
        awaitPosting(bearer, 201);

        send(id, new UserStatusChanged(id, "ACTIVE", "SUSPENDED", "spam", "admin-1"));
        awaitPosting(bearer, 403);
    }

    @Test
    void aRecruiterOfATrustedDomainPostsWithoutApprovalOnceTheSettingSaysSo() {
        String id = newId("recruiter");
        String bearer = TestJwts.user(id).email("hr@Trusted-Corp.test").roles("RECRUITER").bearer();
        assertThat(api.post("/api/jobs", jobBody("Engineer", "Corp"), bearer).problemType())
                .isEqualTo("recruiter-not-approved");

        send("settings", new SettingsChanged(PostingSettings.TRUSTED_DOMAINS, null,
                "[\"alumni-portal.test\", \"trusted-corp.test\"]", "admin-1"));

        awaitPosting(bearer, 201);
    }

    @Test
    void unverifiedAlumniPostOnlyWhenTheSettingAllowsIt() {
        String id = newId("alumnus");
        String bearer = TestJwts.user(id).email("ada@uni.test").roles("ALUMNI").bearer();
        try {
            send("settings", new SettingsChanged(PostingSettings.UNVERIFIED_ALUMNI_MAY_POST, "true", "false", "admin-1"));
            awaitPosting(bearer, 403);
            assertThat(api.post("/api/jobs", jobBody("Engineer", "Uni"), bearer).problemType())
                    .isEqualTo("alumni-not-verified");

            send(id, new ProfileVerified(id, "admin-1", Instant.now()));
            awaitPosting(bearer, 201);

            send(id, new ProfileRejected(id, "admin-1", "not an alumnus after all", true, Instant.now()));
            awaitPosting(bearer, 403);
        } finally {
            send("settings", new SettingsChanged(PostingSettings.UNVERIFIED_ALUMNI_MAY_POST, "false", "true", "admin-1"));
        }
    }

    private void awaitPosting(String bearer, int status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.post("/api/jobs", jobBody("Engineer " + UUID.randomUUID(), "Co"), bearer).status(),
                        s -> s == status);
    }

    /** As the owning service's outbox relay sends it: envelope JSON keyed by the subject, on the type's topic. */
    private void send(String subject, DomainEvent event) {
        EventTypes.Registration registration = EventTypes.of(event.getClass());
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), registration.type(), "test",
                Instant.now(), subject, JSON.valueToTree(event));
        try {
            kafka.send(registration.topic(), subject, JSON.writeValueAsString(envelope)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + registration.type(), e);
        }
    }
}
