package org.alumniportal.notification.digest;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alumniportal.notification.community.CommunityHighlights;
import org.alumniportal.notification.community.CommunityReadModel;
import org.alumniportal.notification.mail.DigestMail;
import org.alumniportal.notification.notification.NotificationType;
import org.alumniportal.notification.notification.NotificationView;
import org.alumniportal.notification.notification.Notifications;
import org.alumniportal.notification.preference.Digest;
import org.alumniportal.notification.preference.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends the digests: each morning (07:00 UTC) the daily ones for yesterday, on Mondays also the weekly ones for
 * last week. A digest is built from what the user was notified of in the period (new jobs matching their
 * skills, events, pending mentorship requests, forum replies) and the period's top forum posts and capsules, the
 * same for everyone ({@link CommunityReadModel}); a period with nothing in it sends nothing. The send is recorded
 * first under the key user/period, so a second run (another replica, a restart) never mails the same digest twice.
 */
@Service
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    /** The digest's sections, in the order the mail shows them. */
    static final Map<String, List<NotificationType>> SECTIONS = sections();

    @Document("digest_sends")
    record DigestSend(@Id String id, Instant sentAt) {
    }

    private final Preferences preferences;
    private final Notifications notifications;
    private final CommunityReadModel community;
    private final DigestMail mail;
    private final MongoTemplate mongo;
    private final Clock clock;

    Digests(Preferences preferences, Notifications notifications, CommunityReadModel community, DigestMail mail,
            MongoTemplate mongo, Clock clock) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.community = community;
        this.mail = mail;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.notification.digest-cron:0 0 7 * * *}", zone = "UTC")
    void sendDue() {
        Instant now = clock.instant();
        send(DigestPeriod.ending(Digest.DAILY, now));
        if (LocalDate.ofInstant(now, ZoneOffset.UTC).getDayOfWeek() == DayOfWeek.MONDAY) {
            send(DigestPeriod.ending(Digest.WEEKLY, now));
        }
    }

    /** @return how many digests were mailed */
    int send(DigestPeriod period) {
        int mailed = 0;
        CommunityHighlights highlights = community.highlights(period.from(), period.to());
        for (String userId : preferences.digestSubscribers(period.digest())) {
            if (sendTo(userId, period, highlights)) {
                mailed++;
            }
        }
        log.info("Digest {}: {} mailed", period.key(), mailed);
        return mailed;
    }

    private boolean sendTo(String userId, DigestPeriod period, CommunityHighlights highlights) {
        Map<String, List<NotificationView>> sections = new LinkedHashMap<>();
        List<NotificationView> all = notifications.createdBetween(userId, period.from(), period.to());
        SECTIONS.forEach((title, types) -> {
            List<NotificationView> items = all.stream().filter(n -> types.contains(n.type())).toList();
            if (!items.isEmpty()) {
                sections.put(title, items);
            }
        });
        if (sections.isEmpty() && highlights.isEmpty()) {
            return false;
        }
        try {
            mongo.insert(new DigestSend(userId + "/" + period.key(), clock.instant()));
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
        return mail.send(userId, period.digest() == Digest.WEEKLY ? "Your week" : "Your day", sections, highlights);
    }

    private static Map<String, List<NotificationType>> sections() {
        Map<String, List<NotificationType>> sections = new LinkedHashMap<>();
        sections.put("New jobs matching your skills", List.of(NotificationType.JOB_MATCH));
        sections.put("Events", List.of(NotificationType.EVENT_REMINDER, NotificationType.EVENT_WAITLIST_PROMOTED));
        sections.put("Mentorship requests waiting for you", List.of(NotificationType.MENTORSHIP_REQUESTED));
        sections.put("Replies in the forum", List.of(NotificationType.FORUM_REPLY));
        return Collections.unmodifiableMap(sections);
    }
}
