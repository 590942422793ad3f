package org.alumniportal.platform.events;

import static org.assertj.core.api.Assertions.assertThat;


import org.alumniportal.platform.events.application.ApplicationStatusChanged;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.application.ApplicationWithdrawn;
import org.alumniportal.platform.events.job.JobClosed;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.events.profile.ProfileCreated;
import org.alumniportal.platform.events.profile.ProfileDeleted;
import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.platform.events.user.ApiKeyRevoked;
import org.alumniportal.platform.events.user.SessionRevoked;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.events.user.UserVerified;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Every registered event type has a sample beside its record, and the sample reads into that record. */
class EventSamplesTest {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @ParameterizedTest
    @ValueSource(classes = {UserRegistered.class, UserVerified.class, UserRoleChanged.class, SessionRevoked.class,
            ApiKeyRevoked.class, ProfileCreated.class, ProfileUpdated.class, ProfileVerified.class,
            ProfileRejected.class, ProfileDeleted.class, JobPosted.class, JobClosed.class,
            ApplicationSubmitted.class, ApplicationStatusChanged.class, ApplicationWithdrawn.class})
    void sampleOfEachEventTypeReadsIntoItsRecord(Class<? extends DomainEvent> payload) throws Exception {
        EventTypes.Registration registration = EventTypes.of(payload);
        EventEnvelope envelope = EventSamples.read(json, payload);

        assertThat(envelope.type()).isEqualTo(registration.type());
        assertThat(EventTypes.byType(envelope.type())).contains(registration);
        Object data = json.treeToValue(envelope.data(), payload);
        assertThat(data).isInstanceOf(payload).hasNoNullFieldsOrPropertiesExcept("notBefore");
        assertThat(registration.topic()).isIn(Topics.ALL);
    }

    @org.junit.jupiter.api.Test
    void everyRegisteredTypeNameIsUniqueAndVersioned() {
        var types = java.util.stream.Stream.of(UserRegistered.class, UserVerified.class, UserRoleChanged.class,
                SessionRevoked.class, ApiKeyRevoked.class, ProfileCreated.class, ProfileUpdated.class,
                ProfileVerified.class, ProfileRejected.class, ProfileDeleted.class, JobPosted.class, JobClosed.class,
                ApplicationSubmitted.class, ApplicationStatusChanged.class, ApplicationWithdrawn.class)
                .map(EventTypes::typeOf).toList();
        assertThat(types).doesNotHaveDuplicates().allMatch(t -> t.matches("[a-z-]+\\.[a-z-]+\\.v\\d+"));
    }

    @ParameterizedTest
    @ValueSource(classes = {UserRegistered.class})
    void unknownFieldsInDataAreIgnoredSoProducersCanAddFields(Class<? extends DomainEvent> payload) {
        var node = json.readTree("{\"userId\":\"u1\",\"email\":\"a@b.c\",\"fullName\":\"A\",\"role\":\"STUDENT\",\"later\":1}");
        assertThat(json.treeToValue(node, payload)).isEqualTo(new UserRegistered("u1", "a@b.c", "A", "STUDENT"));
    }

}
