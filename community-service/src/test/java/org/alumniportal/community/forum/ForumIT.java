package org.alumniportal.community.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alumniportal.platform.test.Api;
import org.alumniportal.community.testing.CommunityIntegrationTest;
import org.alumniportal.platform.events.Topics;
import org.junit.jupiter.api.Test;

class ForumIT extends CommunityIntegrationTest {

    @Test
    void aScriptInAPostComesBackInert() {
        String author = bearer(newId("alum"), "ALUMNI");

        Api.Response created = api.post("/api/forum/posts", Map.of("title", "Hello <img src=x onerror=alert(1)>world",
                "content", "<p>Hi <script>alert('x')</script><a href=\"javascript:alert(1)\">link</a> "
                        + "<b onclick=\"steal()\">bold</b></p>", "tags", List.of("Career Advice", "career advice")),
                author);

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        Api.Response read = api.get("/api/forum/posts/" + id, bearer(newId("s"), "STUDENT"));
        String content = read.json().path("content").asString();
        assertThat(content).doesNotContain("<script", "javascript:", "onclick", "alert('x')").contains("<b>bold</b>");
        assertThat(read.json().path("title").asString()).doesNotContain("<img").contains("world");
        assertThat(read.json().path("tags").get(0).asString()).isEqualTo("career-advice");
        assertThat(read.json().path("tags").size()).isEqualTo(1);
        assertThat(events(Topics.COMMUNITY, id, "post.created.v1", 1)).hasSize(1);
    }

    @Test
    void tooLongOrEmptyContentIsAFieldError() {
        String author = bearer(newId("alum"), "ALUMNI");

        Api.Response tooLong = api.post("/api/forum/posts", Map.of("title", "Long one", "content", "x".repeat(20_001)),
                author);
        Api.Response onlyScript = api.post("/api/forum/posts", Map.of("title", "Sneaky",
                "content", "<script>alert(1)</script>"), author);

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.problemType()).isEqualTo("validation");
        assertThat(tooLong.json().path("errors").get(0).path("field").asString()).isEqualTo("content");
        assertThat(onlyScript.status()).isEqualTo(400);
        assertThat(onlyScript.body()).contains("content");
    }

    @Test
    void theListFiltersByTagAndAuthorAndPutsPinnedPostsFirst() {
        String tag = "t" + System.nanoTime();
        String authorId = newId("alum");
        String author = bearer(authorId, "ALUMNI");
        String first = createPost(author, "First post", "one", List.of(tag));
        String second = createPost(author, "Second post", "two", List.of(tag));
        String other = createPost(bearer(newId("alum"), "ALUMNI"), "Other post", "three", List.of(tag));

        Api.Response pinned = api.post("/api/forum/posts/" + first + "/pin", Map.of("pinned", true),
                bearer(newId("admin"), "ADMIN"));
        Api.Response notAdmin = api.post("/api/forum/posts/" + second + "/pin", Map.of("pinned", true), author);

        assertThat(pinned.status()).isEqualTo(200);
        assertThat(notAdmin.status()).isEqualTo(403);
        Api.Response byTag = api.get("/api/forum/posts?tag=" + tag, author);
        assertThat(byTag.json().path("items").findValuesAsString("id")).containsExactly(first, other, second);
        Api.Response byAuthor = api.get("/api/forum/posts?tag=" + tag + "&author=" + authorId + "&size=1", author);
        assertThat(byAuthor.json().path("totalElements").asLong()).isEqualTo(2);
        assertThat(byAuthor.json().path("totalPages").asLong()).isEqualTo(2);
        assertThat(byAuthor.json().path("items").size()).isEqualTo(1);
    }

    @Test
    void commentsAreThreadedAndTellThePostAndParentAuthors() {
        String postAuthorId = newId("alum");
        String post = createPost(bearer(postAuthorId, "ALUMNI"), "Question", "How?", List.of());
        String commenterId = newId("s");
        Api.Response comment = api.post("/api/forum/posts/" + post + "/comments", Map.of("content", "Like this"),
                bearer(commenterId, "STUDENT"));
        String commentId = comment.json().path("id").asString();

        Api.Response reply = api.post("/api/forum/posts/" + post + "/comments",
                Map.of("content", "Thanks!", "parentCommentId", commentId), bearer(postAuthorId, "ALUMNI"));
        Api.Response badParent = api.post("/api/forum/posts/" + post + "/comments",
                Map.of("content", "?", "parentCommentId", "nope"), bearer(postAuthorId, "ALUMNI"));

        assertThat(comment.status()).isEqualTo(201);
        assertThat(reply.status()).isEqualTo(201);
        assertThat(badParent.status()).isEqualTo(400);
        Api.Response details = api.get("/api/forum/posts/" + post, bearer(newId("x"), "STUDENT"));
        assertThat(details.json().path("commentsCount").asLong()).isEqualTo(2);
        assertThat(details.json().path("comments").path("totalElements").asLong()).isEqualTo(1);
        assertThat(details.json().path("comments").path("items").get(0).path("replies").get(0).path("content")
                .asString()).isEqualTo("Thanks!");
        String replyEvent = events(Topics.COMMUNITY, post, "comment.created.v1", 2).get(1).value();
        assertThat(replyEvent).contains("\"postAuthorId\":\"" + postAuthorId + "\"")
                .contains("\"parentCommentAuthorId\":\"" + commenterId + "\"");
    }

    @Test
    void onlyTheAuthorOrAnAdminEditsAndDeletes() {
        String authorId = newId("alum");
        String post = createPost(bearer(authorId, "ALUMNI"), "Mine", "content", List.of());
        String commentId = api.post("/api/forum/posts/" + post + "/comments", Map.of("content", "c"),
                bearer(authorId, "ALUMNI")).json().path("id").asString();
        Map<String, Object> edit = Map.of("title", "Mine, edited", "content", "better");

        assertThat(api.put("/api/forum/posts/" + post, edit, bearer(newId("x"), "ALUMNI")).status()).isEqualTo(403);
        assertThat(api.put("/api/forum/posts/" + post, edit, bearer(authorId, "ALUMNI")).json().path("title")
                .asString()).isEqualTo("Mine, edited");
        assertThat(api.put("/api/forum/comments/" + commentId, Map.of("content", "c2"), bearer(newId("x"), "STUDENT"))
                .status()).isEqualTo(403);
        assertThat(api.delete("/api/forum/comments/" + commentId, bearer(newId("adm"), "ADMIN")).status())
                .isEqualTo(204);
        assertThat(api.get("/api/forum/posts/" + post, bearer(authorId, "ALUMNI")).json().path("commentsCount")
                .asLong()).isZero();
        assertThat(api.delete("/api/forum/posts/" + post, bearer(authorId, "ALUMNI")).status()).isEqualTo(204);
        assertThat(api.get("/api/forum/posts/" + post, bearer(authorId, "ALUMNI")).status()).isEqualTo(404);
    }

    @Test
    void likesAreIdempotentAndExactUnderConcurrency() throws Exception {
        String post = createPost(bearer(newId("alum"), "ALUMNI"), "Like me", "please", List.of());
        List<String> likers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            likers.add(bearer(newId("l" + i), "STUDENT"));
        }
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (String liker : likers) {
            // every liker likes twice at once: the second must change nothing
            calls.add(() -> api.post("/api/forum/posts/" + post + "/like", null, liker));
            calls.add(() -> api.post("/api/forum/posts/" + post + "/like", null, liker));
        }

        List<Api.Response> answers = all(calls);

        assertThat(answers).allSatisfy(a -> assertThat(a.json().path("liked").asBoolean()).isTrue());
        assertThat(api.get("/api/forum/posts/" + post, likers.get(0)).json().path("likesCount").asLong())
                .isEqualTo(30);
        Api.Response unliked = api.delete("/api/forum/posts/" + post + "/like", likers.get(0));
        Api.Response unlikedAgain = api.delete("/api/forum/posts/" + post + "/like", likers.get(0));
        assertThat(unliked.json().path("liked").asBoolean()).isFalse();
        assertThat(unliked.json().path("likesCount").asLong()).isEqualTo(29);
        assertThat(unlikedAgain.json().path("likesCount").asLong()).isEqualTo(29);
        assertThat(api.get("/api/forum/posts/" + post, likers.get(1)).json().path("liked").asBoolean()).isTrue();
    }

    @Test
    void commentLikesCountToo() {
        String post = createPost(bearer(newId("alum"), "ALUMNI"), "Comments", "here", List.of());
        String comment = api.post("/api/forum/posts/" + post + "/comments", Map.of("content", "nice"),
                bearer(newId("a"), "STUDENT")).json().path("id").asString();

        Api.Response liked = api.post("/api/forum/comments/" + comment + "/like", null, bearer(newId("b"), "STUDENT"));

        assertThat(liked.json().path("likesCount").asLong()).isEqualTo(1);
        assertThat(events(Topics.COMMUNITY, comment, "content.liked.v1", 1)).hasSize(1);
    }

    private static List<Api.Response> all(List<Callable<Api.Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(calls.size(), 60));
        try {
            List<Api.Response> results = new ArrayList<>();
            for (Future<Api.Response> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
