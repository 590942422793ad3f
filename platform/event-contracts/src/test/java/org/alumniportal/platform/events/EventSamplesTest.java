package org.alumniportal.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.events.profile.ProfileCreated;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every registered event type has a sample beside its record, and the sample reads into that record. */
class EventSamplesTest {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static Stream<Class<? extends DomainEvent>> registeredPayloads() {
        return EventTypes.all().stream().<Class<? extends DomainEvent>>map(EventTypes.Registration::payload);
    }

    @ParameterizedTest
    @MethodSource("registeredPayloads")
    void sampleOfEachEventTypeReadsIntoItsRecord(Class<? extends DomainEvent> payload) throws Exception {
        EventTypes.Registration registration = EventTypes.of(payload);
        EventEnvelope envelope = EventSamples.read(json, payload);

        assertThat(envelope.type()).isEqualTo(registration.type());
        assertThat(EventTypes.byType(envelope.type())).contains(registration);
        Object data = json.treeToValue(envelope.data(), payload);
        assertThat(data).isInstanceOf(payload).hasNoNullFieldsOrPropertiesExcept("notBefore");
        assertThat(registration.topic()).isIn(Topics.ALL);
    }

    @Test
    void everyEventAreaIsRegistered() {
        assertThat(EventTypes.all()).extracting(EventTypes.Registration::topic)
                .contains(Topics.USER, Topics.SESSION, Topics.PROFILE, Topics.JOB, Topics.APPLICATION,
                        Topics.MENTORSHIP, Topics.COMMUNITY, Topics.ADMIN);
        assertThat(EventTypes.all()).hasSizeGreaterThanOrEqualTo(41);
    }

    @Test
    void everyRegisteredTypeNameIsUniqueAndVersioned() {
        var types = registeredPayloads().map(EventTypes::typeOf).toList();
        assertThat(types).doesNotHaveDuplicates().allMatch(t -> t.matches("[a-z-]+\\.[a-z-]+\\.v\\d+"));
    }

    @ParameterizedTest
    @ValueSource(classes = {UserRegistered.class})
    void unknownFieldsInDataAreIgnoredSoProducersCanAddFields(Class<? extends DomainEvent> payload) {
        var node = json.readTree("{\"userId\":\"u1\",\"email\":\"a@b.c\",\"fullName\":\"A\",\"role\":\"STUDENT\",\"later\":1}");
        assertThat(json.treeToValue(node, payload)).isEqualTo(new UserRegistered("u1", "a@b.c", "A", "STUDENT"));
    }

    @ParameterizedTest
    @ValueSource(classes = {JobPosted.class, ProfileCreated.class, ProfileUpdated.class})
    void eventsWrittenBeforeIndustryExistedStillReadAsNoIndustry(Class<? extends DomainEvent> payload) {
        ObjectNode older = (ObjectNode) EventSamples.read(json, payload).data().deepCopy();
        older.remove("industry");

        DomainEvent event = json.treeToValue(older, payload);

        assertThat(event).hasFieldOrPropertyWithValue("industry", null);
    }

    @Test
    void profileUpdatesWrittenBeforeTheVerificationStatusReadAsUnknownStatus() {
        ObjectNode older = (ObjectNode) EventSamples.read(json, ProfileUpdated.class).data().deepCopy();
        older.remove("verificationStatus");

        assertThat(json.treeToValue(older, ProfileUpdated.class).verificationStatus()).isNull();
    }

    @Test
    void anIndustryThisVersionDoesNotKnowReadsAsOther() {
        assertThat(Industry.parse("software ")).contains(Industry.SOFTWARE);
        assertThat(Industry.parse("SPACE_MINING")).contains(Industry.OTHER);
        assertThat(Industry.parse(" ")).isEmpty();
    }
}
