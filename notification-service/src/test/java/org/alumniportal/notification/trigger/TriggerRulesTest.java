package org.alumniportal.notification.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.alumniportal.notification.notification.NewNotification;
import org.alumniportal.notification.notification.NotificationType;
import org.alumniportal.notification.testing.Events;
import org.alumniportal.platform.events.community.CommentCreated;
import org.alumniportal.platform.events.community.ContentModerated;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.junit.jupiter.api.Test;

class TriggerRulesTest {

    private final TriggerRules rules = new TriggerRules((userId, fallback) -> "Name of " + userId);

    @Test
    void aReplyOnMyOwnPostToMyOwnCommentIsOneNotificationAndCommentingOnMyselfNone() {
        List<NewNotification> replyToPostAuthor = rules.notificationsFor(Events.sample(CommentCreated.class,
                Map.of("authorId", "bob", "postAuthorId", "ada", "parentCommentAuthorId", "ada")));
        List<NewNotification> ownThread = rules.notificationsFor(Events.sample(CommentCreated.class,
                Map.of("authorId", "ada", "postAuthorId", "ada", "parentCommentAuthorId", "ada")));

        assertThat(replyToPostAuthor).singleElement().satisfies(n -> {
            assertThat(n.recipientId()).isEqualTo("ada");
            assertThat(n.message()).isEqualTo("Name of bob replied to your comment.");
        });
        assertThat(ownThread).isEmpty();
    }

    @Test
    void onlyRemovalsAndSuspensionsConcernTheUser() {
        assertThat(rules.notificationsFor(Events.sample(ContentModerated.class, Map.of("action", "APPROVE"))))
                .isEmpty();
        assertThat(rules.notificationsFor(Events.sample(UserStatusChanged.class, Map.of("newStatus", "ACTIVE"))))
                .isEmpty();
        assertThat(rules.notificationsFor(Events.sample(UserStatusChanged.class, Map.of("newStatus", "SUSPENDED",
                "userId", "ada")))).extracting(NewNotification::type, NewNotification::recipientId)
                .containsExactly(tuple(NotificationType.ACCOUNT_SUSPENDED, "ada"));
    }
}
