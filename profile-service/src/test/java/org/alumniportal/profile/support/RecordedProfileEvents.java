package org.alumniportal.profile.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.alumniportal.profile.profile.ProfileRemoved;
import org.alumniportal.profile.profile.ProfileSaved;

/**
 * Records the in-process profile events (what the search index and the ID card receive). A component of the
 * test classpath, so every IT shares the same application context.
 */
@Component
public class RecordedProfileEvents {

    private final List<String> saved = new CopyOnWriteArrayList<>();
    private final List<String> removed = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ProfileSaved event) {
        saved.add(event.profile().getUserId());
    }

    @EventListener
    void on(ProfileRemoved event) {
        removed.add(event.userId());
    }

    public long savedCount(String userId) {
        return saved.stream().filter(userId::equals).count();
    }

    public boolean removed(String userId) {
        return removed.contains(userId);
    }
}
