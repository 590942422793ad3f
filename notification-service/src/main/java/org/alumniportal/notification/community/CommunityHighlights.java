package org.alumniportal.notification.community;

import java.util.List;

/** The period's top forum posts and capsules, best first; the same for every reader of a digest. */
public record CommunityHighlights(List<TopContent> posts, List<TopContent> capsules) {

    public CommunityHighlights {
        posts = List.copyOf(posts);
        capsules = List.copyOf(capsules);
    }

    public static CommunityHighlights none() {
        return new CommunityHighlights(List.of(), List.of());
    }

    public boolean isEmpty() {
        return posts.isEmpty() && capsules.isEmpty();
    }
}
