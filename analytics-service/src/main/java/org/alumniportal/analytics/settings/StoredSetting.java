package org.alumniportal.analytics.settings;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A setting an administrator changed; a key without a document has its default. */
@Document("settings")
record StoredSetting(@Id String key, String value, Instant updatedAt, String updatedBy) {
}
