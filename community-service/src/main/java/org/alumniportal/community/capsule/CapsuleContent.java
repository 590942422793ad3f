package org.alumniportal.community.capsule;

import java.util.Optional;

import org.alumniportal.community.content.ContentType;
import org.alumniportal.community.content.ModeratedContent;
import org.springframework.stereotype.Component;

/** Capsules as moderation sees them. */
@Component
class CapsuleContent implements ModeratedContent {

    private final CapsuleService capsules;

    CapsuleContent(CapsuleService capsules) {
        this.capsules = capsules;
    }

    @Override
    public ContentType type() {
        return ContentType.CAPSULE;
    }

    @Override
    public Optional<String> authorOf(String id) {
        return capsules.find(id).map(Capsule::authorId);
    }

    @Override
    public boolean remove(String id) {
        return capsules.remove(id);
    }
}
