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

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.admin.SettingsChanged;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Reads and changes settings. An update is validated as a whole first (nothing is written when one value is
 * wrong); then each changed key is one atomic find-and-modify that returns the previous value, so the announced
 * {@code previousValue} is exact even when two administrators write at once.
 */
@Service
class SettingsService {

    /** The audit action of a settings change; the audit log files the pair of events under one entry. */
    static final String ACTION = "SETTING_CHANGED";
    private static final Logger log = LoggerFactory.getLogger(SettingsService.class);

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
        Instant now = clock.instant();
        StoredSetting previous = mongo.findAndModify(query(where("_id").is(setting.key())),
                new Update().set("value", value).set("updatedAt", now).set("updatedBy", adminId),
                FindAndModifyOptions.options().upsert(true).returnNew(false), StoredSetting.class);
        String previousValue = previous == null ? setting.defaultValue() : previous.value();
        if (previousValue.equals(value)) {
            return;
        }
        EventEnvelope announced = events.publish(setting.key(),
                new SettingsChanged(setting.key(), previousValue, value, adminId));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("previousValue", previousValue);
        details.put("newValue", value);
        details.put("sourceEventId", announced.id());
        events.publish(setting.key(), new AdminActionRecorded(adminId, ACTION, "SETTING", setting.key(), now, details));
        log.info("Setting {} changed by {}", setting.key(), adminId);
    }

    private static PortalException invalid(List<Problems.FieldError> errors) {
        return new PortalException(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid settings",
                "One or more settings are unknown or have a value of the wrong type; nothing was changed.")
                .with("errors", errors);
    }
}
