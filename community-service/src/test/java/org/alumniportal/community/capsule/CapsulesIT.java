package org.alumniportal.community.capsule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.alumniportal.platform.test.Api;
import org.alumniportal.community.testing.CommunityIntegrationTest;
import org.alumniportal.platform.events.Topics;
import org.junit.jupiter.api.Test;

class CapsulesIT extends CommunityIntegrationTest {

    private Map<String, Object> capsule(String title, String tag) {
        return Map.of("title", title, "content", "<p>Lesson</p>", "category", "CAREER", "tags", List.of(tag),
                "durationMinutes", 5);
    }

    private String create(String authorBearer, String title, String tag) {
        Api.Response created = api.post("/api/capsules/create", capsule(title, tag), authorBearer);
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    @Test
    void onlyAlumniPublishCapsules() {
        Api.Response student = api.post("/api/capsules/create", capsule("Tips", "x"), bearer(newId("s"), "STUDENT"));
        Api.Response admin = api.post("/api/capsules/create", capsule("Tips", "x"), bearer(newId("a"), "ADMIN"));
        Api.Response alumnus = api.post("/api/capsules/create", capsule("Tips", "x"), bearer(newId("a"), "ALUMNI"));

        assertThat(student.status()).isEqualTo(403);
        assertThat(student.problemType()).isEqualTo("forbidden");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(alumnus.status()).isEqualTo(201);
        String id = alumnus.json().path("id").asString();
        assertThat(events(Topics.COMMUNITY, id, "capsule.created.v1", 1)).hasSize(1);
    }

    @Test
    void aViewIsCountedOncePerPersonAndDay() {
        String authorId = newId("alum");
        String id = create(bearer(authorId, "ALUMNI"), "Views", "v");
        String reader = bearer(newId("reader"), "STUDENT");

        api.get("/api/capsules/" + id, reader);
        api.get("/api/capsules/" + id, reader);
        api.get("/api/capsules/" + id, bearer(authorId, "ALUMNI"));
        Api.Response sameDay = api.get("/api/capsules/" + id, reader);
        clock.advance(Duration.ofDays(1));
        Api.Response nextDay = api.get("/api/capsules/" + id, reader);

        assertThat(sameDay.json().path("views").asLong()).isEqualTo(1);
        assertThat(nextDay.json().path("views").asLong()).isEqualTo(2);
    }

    @Test
    void theListFiltersAndPutsFeaturedFirst() {
        String tag = "c" + System.nanoTime();
        String authorId = newId("alum");
        String older = create(bearer(authorId, "ALUMNI"), "Older", tag);
        String newer = create(bearer(newId("alum"), "ALUMNI"), "Newer", tag);

        Api.Response featured = api.post("/api/capsules/" + older + "/feature", Map.of("featured", true),
                bearer(newId("admin"), "ADMIN"));
        Api.Response byAlumnus = api.post("/api/capsules/" + newer + "/feature", Map.of("featured", true),
                bearer(authorId, "ALUMNI"));

        assertThat(featured.json().path("featured").asBoolean()).isTrue();
        assertThat(byAlumnus.status()).isEqualTo(403);
        String reader = bearer(newId("s"), "STUDENT");
        assertThat(api.get("/api/capsules?tag=" + tag, reader).json().path("items").findValuesAsString("id"))
                .containsExactly(older, newer);
        assertThat(api.get("/api/capsules?tag=" + tag + "&author=" + authorId, reader).json().path("items")
                .findValuesAsString("id")).containsExactly(older);
        assertThat(api.get("/api/capsules?tag=" + tag + "&category=TECHNOLOGY", reader).json().path("totalElements")
                .asLong()).isZero();
    }

    @Test
    void aFreshLikedCapsuleOutranksAnOldOneWithMoreLifetimeLikes() {
        String old = create(bearer(newId("alum"), "ALUMNI"), "Old favourite", "trend");
        for (int i = 0; i < 6; i++) {
            api.post("/api/capsules/" + old + "/like", null, bearer(newId("fan"), "STUDENT"));
        }
        clock.advance(Duration.ofDays(10));
        String fresh = create(bearer(newId("alum"), "ALUMNI"), "Fresh insight", "trend");
        for (int i = 0; i < 2; i++) {
            api.post("/api/capsules/" + fresh + "/like", null, bearer(newId("fan"), "STUDENT"));
        }

        Api.Response trending = api.get("/api/capsules/trending?size=100", bearer(newId("s"), "STUDENT"));

        List<String> ids = trending.json().path("items").findValuesAsString("id");
        assertThat(ids).contains(fresh, old);
        assertThat(ids.indexOf(fresh)).isLessThan(ids.indexOf(old));
        assertThat(api.get("/api/capsules/" + old, bearer(newId("s"), "STUDENT")).json().path("likesCount").asLong())
                .isEqualTo(6);
    }
}
