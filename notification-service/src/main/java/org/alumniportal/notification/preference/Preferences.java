package org.alumniportal.notification.preference;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.alumniportal.notification.notification.NotificationType;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Reads and changes preferences; every read and write is a lookup by the user id. */
@Service
public class Preferences {

    private final MongoTemplate mongo;
    private final Clock clock;

    Preferences(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** What to do with a notification of {@code type} for {@code userId}. */
    public Delivery deliveryOf(String userId, NotificationType type) {
        Preference stored = stored(userId);
        Channels channels = stored.channels(type);
        return new Delivery(channels.inApp(), stored.isEmailEnabled() && channels.email(),
                channels.inApp() && stored.isPushEnabled());
    }

    /** Where to deliver: stored in-app, mailed, pushed to connected streams (in-app ones only). */
    public record Delivery(boolean inApp, boolean email, boolean push) {
    }

    PreferencesView view(String userId) {
        return PreferencesView.of(stored(userId));
    }

    /**
     * Replaces the switches and digest; {@code types} entries are merged over the current ones (a type left
     * out keeps its setting). Unknown types are refused as a whole with a 400 naming each.
     */
    PreferencesView update(String userId, PreferencesRequest request) {
        Map<NotificationType, Channels> types = parseTypes(request.types());
        Update update = new Update().set("updatedAt", clock.instant());
        if (request.emailEnabled() != null) {
            update.set("emailEnabled", request.emailEnabled());
        }
        if (request.pushEnabled() != null) {
            update.set("pushEnabled", request.pushEnabled());
        }
        if (request.digest() != null) {
            update.set("digest", request.digest());
        }
        types.forEach((type, channels) -> update.set("types." + type.name(), channels));
        Preference saved = mongo.findAndModify(query(where("_id").is(userId)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Preference.class);
        return PreferencesView.of(saved);
    }

    /** The one-click unsubscribe: mail off for this type, nothing else touched. */
    public void unsubscribe(String userId, NotificationType type) {
        Channels current = stored(userId).channels(type);
        mongo.upsert(query(where("_id").is(userId)), new Update().set("types." + type.name(),
                new Channels(current.inApp(), false)).set("updatedAt", clock.instant()), Preference.class);
    }

    /** Everyone who asked for this digest (a small collection: only users who changed a setting have a document). */
    public List<String> digestSubscribers(Digest digest) {
        return mongo.find(query(where("digest").is(digest)), Preference.class).stream()
                .filter(Preference::isEmailEnabled).map(Preference::getUserId).toList();
    }

    private Preference stored(String userId) {
        Preference stored = mongo.findById(userId, Preference.class);
        return stored == null ? new Preference(userId) : stored;
    }

    private static Map<NotificationType, Channels> parseTypes(Map<String, Channels> requested) {
        Map<NotificationType, Channels> types = new EnumMap<>(NotificationType.class);
        if (requested == null) {
            return types;
        }
        List<Problems.FieldError> errors = new ArrayList<>();
        requested.forEach((name, channels) -> {
            NotificationType type = typeOrNull(name);
            if (type == null) {
                errors.add(new Problems.FieldError("types." + name, "unknown notification type; one of "
                        + List.of(NotificationType.values())));
            } else if (channels == null) {
                errors.add(new Problems.FieldError("types." + name, "must be {\"inApp\": …, \"email\": …}"));
            } else {
                types.put(type, channels);
            }
        });
        if (!errors.isEmpty()) {
            throw new PortalException(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request",
                    "Unknown notification types in the preferences.").with("errors", errors);
        }
        return types;
    }

    static NotificationType typeOrNull(String name) {
        try {
            return name == null ? null : NotificationType.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
