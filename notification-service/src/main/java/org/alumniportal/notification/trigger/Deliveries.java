package org.alumniportal.notification.trigger;

import org.alumniportal.notification.live.LiveFanout;
import org.alumniportal.notification.mail.MailQueue;
import org.alumniportal.notification.notification.NewNotification;
import org.alumniportal.notification.notification.Notifications;
import org.alumniportal.notification.preference.Preferences;
import org.springframework.stereotype.Service;

/**
 * Delivers one notification on the channels its recipient's preferences allow: stored in-app (and pushed to
 * live streams), and queued for mail. Both stores are keyed by the notification's idempotency key, so a
 * redelivered event neither stores, pushes nor mails a second time.
 */
@Service
class Deliveries {

    private final Preferences preferences;
    private final Notifications notifications;
    private final MailQueue mail;
    private final LiveFanout live;

    Deliveries(Preferences preferences, Notifications notifications, MailQueue mail, LiveFanout live) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.mail = mail;
        this.live = live;
    }

    void deliver(NewNotification notification) {
        Preferences.Delivery delivery = preferences.deliveryOf(notification.recipientId(), notification.type());
        if (delivery.inApp()) {
            notifications.create(notification).ifPresent(created -> {
                if (delivery.push()) {
                    live.publish(notification.recipientId(), created);
                }
            });
        }
        if (delivery.email()) {
            mail.enqueue(notification);
        }
    }
}
