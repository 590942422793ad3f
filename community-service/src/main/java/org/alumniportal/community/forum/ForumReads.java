package org.alumniportal.community.forum;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The forum as other features read it: live posts from the in-memory index, one summary by id. */
@Component
public class ForumReads {

    /** What ranking needs of a post without reading it from the store. */
    public record Candidate(String id, String authorId, List<String> tags, Instant createdAt) {
    }

    private final ForumIndex index;
    private final ForumService forum;

    ForumReads(ForumIndex index, ForumService forum) {
        this.index = index;
        this.forum = forum;
    }

    public List<Candidate> livePosts() {
        return index.liveCards().stream().map(c -> new Candidate(c.id(), c.authorId(), c.tags(), c.createdAt()))
                .toList();
    }

    public Optional<PostSummary> summary(String postId) {
        return forum.find(postId).map(p -> new PostSummary(p.id(), p.title(), p.authorId(), p.tags(), p.likesCount(),
                p.commentsCount(), p.createdAt()));
    }
}
