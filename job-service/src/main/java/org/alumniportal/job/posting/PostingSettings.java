package org.alumniportal.job.posting;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The admin settings posting depends on: configuration gives the starting value, the latest
 * {@code settings.changed.v1} of the key (kept in Mongo, so a restart does not forget it) overrides it.
 */
@Component
class PostingSettings {

    static final String TRUSTED_DOMAINS = "recruiters.trustedDomains";
    static final String UNVERIFIED_ALUMNI_MAY_POST = "jobs.unverifiedAlumniMayPost";

    private static final Logger log = LoggerFactory.getLogger(PostingSettings.class);

    private final MongoTemplate mongo;
    private final PostingProperties defaults;

    PostingSettings(MongoTemplate mongo, PostingProperties defaults) {
        this.mongo = mongo;
        this.defaults = defaults;
    }

    static boolean known(String key) {
        return TRUSTED_DOMAINS.equals(key) || UNVERIFIED_ALUMNI_MAY_POST.equals(key);
    }

    Set<String> trustedDomains() {
        Setting setting = mongo.findById(TRUSTED_DOMAINS, Setting.class);
        return setting == null ? normalise(String.join(",", defaults.trustedDomains())) : normalise(setting.value());
    }

    boolean unverifiedAlumniMayPost() {
        Setting setting = mongo.findById(UNVERIFIED_ALUMNI_MAY_POST, Setting.class);
        return setting == null ? defaults.unverifiedAlumniMayPost() : Boolean.parseBoolean(setting.value().trim());
    }

    void changed(String key, String value, Instant eventTime) {
        Criteria notNewer = new Criteria().orOperator(where("time").lte(eventTime), where("time").exists(false));
        try {
            mongo.upsert(query(where("_id").is(key)).addCriteria(notNewer),
                    new Update().set("value", value == null ? "" : value).set("time", eventTime), Setting.class);
            log.info("Setting {} applied (event of {})", key, eventTime);
        } catch (DuplicateKeyException newerAlreadyApplied) {
            log.info("Skipped setting {} from {}: a newer value was applied already", key, eventTime);
        }
    }

    /** The value may come as a JSON array or a comma-separated list; domains compare in lower case. */
    static Set<String> normalise(String value) {
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(value.replaceAll("[\\[\\]\"]", "").split("[,\\s]+"))
                .map(d -> d.trim().toLowerCase(Locale.ROOT)).map(d -> d.startsWith("@") ? d.substring(1) : d)
                .filter(d -> !d.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Document("posting_settings")
    record Setting(@Id String key, String value, Instant time) {
    }
}
