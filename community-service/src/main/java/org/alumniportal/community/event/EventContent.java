package org.alumniportal.community.event;

import java.util.Optional;

import org.alumniportal.community.content.ContentType;
import org.alumniportal.community.content.ModeratedContent;
import org.springframework.stereotype.Component;

/** Events as moderation sees them. */
@Component
class EventContent implements ModeratedContent {

    private final EventService events;

    EventContent(EventService events) {
        this.events = events;
    }

    @Override
    public ContentType type() {
        return ContentType.EVENT;
    }

    @Override
    public Optional<String> authorOf(String id) {
        return events.find(id).map(Event::getCreatedBy);
    }

    @Override
    public boolean remove(String id) {
        return events.remove(id);
    }
}
