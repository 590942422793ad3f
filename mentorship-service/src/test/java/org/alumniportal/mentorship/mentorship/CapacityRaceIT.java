package org.alumniportal.mentorship.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alumniportal.platform.test.Api;
import org.alumniportal.mentorship.testing.MentorshipIntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** maxMentees holds when the mentor's accepts race: the place is taken by one conditional atomic update. */
class CapacityRaceIT extends MentorshipIntegrationTest {

    private static final int RACERS = 24;

    @Test
    void ofManyConcurrentAcceptsForTheLastPlaceExactlyOneSucceeds() throws Exception {
        String mentorId = newId("alumnus");
        String mentor = registerMentor(mentorId, List.of("Java"), 3);
        activeMentorship(mentorId, mentor, bearer(newId("student"), "STUDENT"));
        activeMentorship(mentorId, mentor, bearer(newId("student"), "STUDENT"));
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            requests.add(request(mentorId, bearer(newId("student"), "STUDENT")));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (String id : requests) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.post("/api/mentorship/" + id + "/accept", null, mentor);
            }));
        }
        start.countDown();
        List<Api.Response> responses = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(RACERS - 1)
                .allSatisfy(r -> assertThat(r.problemType()).isEqualTo("mentor-full"));
        JsonNode stats = api.get("/api/mentors/" + mentorId, mentor).json();
        assertThat(stats.path("currentMentees").asInt()).isEqualTo(3);
        assertThat(stats.path("freePlaces").asInt()).isZero();
        assertThat(api.get("/api/mentorship/active?size=100", mentor).json().path("totalElements").asLong())
                .isEqualTo(3);
    }
}
