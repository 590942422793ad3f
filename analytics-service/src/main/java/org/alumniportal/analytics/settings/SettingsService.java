package org.alumniportal.analytics.settings;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.admin.SettingsChanged;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.outbox.StagedEvents;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Reads and changes settings. An update is validated as a whole first (nothing is written when one value is
 * wrong); then each changed key is written only if it still holds the value read (else read again), so the
 * announced {@code previousValue} is exact even when two administrators write at once.
 */
@Service
class SettingsService {

    /** The audit action of a settings change; the audit log files the pair of events under one entry. */
    static final String ACTION = "SETTING_CHANGED";
    private static final Logger log = LoggerFactory.getLogger(SettingsService.class);
    private static final int WRITE_ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final EventPublisher events;
    private final Clock clock;

    SettingsService(MongoTemplate mongo, EventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    SettingsView all() {
        Map<String, StoredSetting> stored = mongo.findAll(StoredSetting.class).stream()
                .collect(Collectors.toMap(StoredSetting::key, Function.identity()));
        Map<String, Object> values = new LinkedHashMap<>();
        List<SettingView> views = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            StoredSetting s = stored.get(setting.key());
            String value = s == null ? setting.defaultValue() : s.value();
            Object typed = SettingValues.typed(setting, value);
            values.put(setting.key(), typed);
            views.add(new SettingView(setting.key(), setting.type(), typed,
                    SettingValues.typed(setting, setting.defaultValue()), setting.description(),
                    s == null ? null : s.updatedAt(), s == null ? null : s.updatedBy()));
        }
        return new SettingsView(values, views);
    }

    SettingsView update(Map<String, Object> changes, CurrentUser admin) {
        if (changes == null || changes.isEmpty()) {
            throw invalid(List.of(new Problems.FieldError("body", "must name at least one setting")));
        }
        Map<Setting, String> parsed = new LinkedHashMap<>();
        List<Problems.FieldError> errors = new ArrayList<>();
        changes.forEach((key, raw) -> Setting.byKey(key).ifPresentOrElse(setting -> {
            SettingValues.Parsed p = SettingValues.parse(setting, raw);
            if (p.error() != null) {
                errors.add(new Problems.FieldError(key, p.error()));
            } else {
                parsed.put(setting, p.value());
            }
        }, () -> errors.add(new Problems.FieldError(key, "is not a known setting"))));
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        parsed.forEach((setting, value) -> change(setting, value, admin.id()));
        return all();
    }

    private void change(Setting setting, String value, String adminId) {
        for (int attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
            if (tryChange(setting, value, adminId)) {
                return;
            }
        }
        throw new PortalException(HttpStatus.CONFLICT, "concurrent-update", "Changed meanwhile",
                "The setting " + setting.key() + " is being changed by someone else; reload and try again.")
                .with("key", setting.key());
    }

    /**
     * Replaces the value read, if nobody replaced it meanwhile, together with its two events: staged before the
     * write and released after it, so neither the value nor its announcement goes without the other. The audit
     * event names the announcement's envelope id, so it is staged on its own first.
     *
     * @return false when another admin changed the setting between the read and the write (nothing was written)
     */
    private boolean tryChange(Setting setting, String value, String adminId) {
        Instant now = clock.instant();
        StoredSetting current = mongo.findById(setting.key(), StoredSetting.class);
        String previousValue = current == null ? setting.defaultValue() : current.value();
        if (previousValue.equals(value)) {
            mongo.upsert(query(where("_id").is(setting.key())),
                    new Update().set("value", value).set("updatedAt", now).set("updatedBy", adminId),
                    StoredSetting.class);
            return true;
        }
        StagedEvents announced = events.stage(setting.key(),
                new SettingsChanged(setting.key(), previousValue, value, adminId));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("previousValue", previousValue);
        details.put("newValue", value);
        details.put("sourceEventId", announced.ids().get(0));
        boolean written;
        try {
            written = events.publishWhen(setting.key(), () -> replace(setting, current, value, now, adminId),
                    new AdminActionRecorded(adminId, ACTION, "SETTING", setting.key(), now, details));
        } catch (RuntimeException failed) {
            announced.discard();
            throw failed;
        }
        if (!written) {
            announced.discard();
            return false;
        }
        announced.release();
        log.info("Setting {} changed by {}", setting.key(), adminId);
        return true;
    }

    private boolean replace(Setting setting, StoredSetting current, String value, Instant now, String adminId) {
        if (current == null) {
            try {
                mongo.insert(new StoredSetting(setting.key(), value, now, adminId));
                return true;
            } catch (DuplicateKeyException firstWriteMeanwhile) {
                return false;
            }
        }
        return mongo.updateFirst(query(where("_id").is(setting.key()).and("value").is(current.value())),
                new Update().set("value", value).set("updatedAt", now).set("updatedBy", adminId),
                StoredSetting.class).getMatchedCount() > 0;
    }

    private static PortalException invalid(List<Problems.FieldError> errors) {
        return new PortalException(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid settings",
                "One or more settings are unknown or have a value of the wrong type; nothing was changed.")
                .with("errors", errors);
    }
}
