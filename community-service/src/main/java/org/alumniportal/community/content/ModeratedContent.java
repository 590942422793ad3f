package org.alumniportal.community.content;

import java.util.Optional;

/**
 * Implemented once per {@link ContentType} by the feature that owns it, so moderation removes content and finds
 * its author without reaching into that feature's documents.
 */
public interface ModeratedContent {

    ContentType type();

    /** The author (creator) of live content; empty when there is none or it was removed already. */
    Optional<String> authorOf(String id);

    /** Hides the content from everyone but admins. @return false when it did not exist or was removed already */
    boolean remove(String id);
}
