package org.alumniportal.analytics.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.alumniportal.analytics.readmodel.ProfileFacts;
import org.junit.jupiter.api.Test;

class CareerChainTest {

    private static ProfileFacts person(String id, List<String> skills, ProfileFacts.Job... jobs) {
        return new ProfileFacts(id, "ALUMNI", id, null, null, null, 2015, skills, "SIGNED_IN", true, false, 80,
                List.of(jobs), null, false, Instant.EPOCH, Instant.EPOCH, null);
    }

    private static ProfileFacts.Job job(String role, String start, String end) {
        return new ProfileFacts.Job("Acme", role, start, end);
    }

    @Test
    void aTimelineIsReadInStartOrderAndRepeatedRolesAreOneStay() {
        Timeline t = Timeline.of(person("p", List.of(), job("Senior Engineer", "2022-01", null),
                job("SDE", "2018-01", "2019-12"), job("Software Engineer", "2020-01", "2021-12")));

        assertThat(t.stays()).extracting(Timeline.Stay::role)
                .containsExactly("Software Engineer", "Senior Engineer");
        assertThat(t.stays().get(0).months()).isEqualTo(48);
    }

    @Test
    void probabilitiesAreMoveCountsOverAllMovesOutOfARole() {
        List<Timeline> timelines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            timelines.add(Timeline.of(person("a" + i, List.of("Java"), job("Engineer", "2015-01", "2017-12"),
                    job("Senior Engineer", "2018-01", null))));
        }
        timelines.add(Timeline.of(person("b", List.of("Python"), job("Engineer", "2015-01", "2016-12"),
                job("Data Scientist", "2017-01", null))));

        CareerChain chain = CareerChain.of(timelines);

        assertThat(chain.movesFrom("Engineer")).isEqualTo(4);
        assertThat(chain.from("Engineer")).extracting(CareerChain.Move::to, CareerChain.Move::people)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Senior Engineer", 3L),
                        org.assertj.core.groups.Tuple.tuple("Data Scientist", 1L));
        assertThat(chain.from("Engineer").get(0).skills()).containsEntry("Java", 3L);
        assertThat(chain.from("Engineer").get(0).monthsBefore()).containsOnly(36);
    }

    @Test
    void aPersonCountsOncePerMoveEvenWhenTheyMadeItTwice() {
        CareerChain chain = CareerChain.of(List.of(Timeline.of(person("x", List.of(),
                job("Engineer", "2010-01", null), job("Manager", "2012-01", null), job("Engineer", "2014-01", null),
                job("Manager", "2016-01", null)))));

        assertThat(chain.from("Engineer")).singleElement()
                .satisfies(m -> assertThat(m.people()).isEqualTo(1));
    }
}
