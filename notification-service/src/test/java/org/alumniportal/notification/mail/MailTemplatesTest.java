package org.alumniportal.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alumniportal.notification.community.TopContent;
import org.alumniportal.notification.notification.NotificationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    private static Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("portalName", "Alumni Portal");
        variables.put("name", "Ada <Lovelace>");
        variables.put("title", "Your profile is verified");
        variables.put("message", "An admin verified your profile.");
        variables.put("link", "http://portal.test/profile");
        variables.put("portalUrl", "http://portal.test/");
        variables.put("preferencesUrl", "http://portal.test/settings/notifications");
        variables.put("unsubscribeUrl", "http://gateway.test/api/notifications/unsubscribe?token=abc.def");
        variables.put("metadata", Map.of());
        return variables;
    }

    @ParameterizedTest
    @EnumSource(NotificationType.class)
    void everyTypeHasAnHtmlAndATextMailWithThePortalsNameALinkBackAndTheUnsubscribeLink(NotificationType type) {
        MailTemplates.RenderedMail mail = templates.render(type, "Alumni Portal: title", variables());

        assertThat(mail.html()).contains("Alumni Portal", "http://portal.test/profile",
                "http://gateway.test/api/notifications/unsubscribe?token=abc.def", "An admin verified your profile.");
        assertThat(mail.text()).contains("Alumni Portal", "http://portal.test/profile",
                "http://gateway.test/api/notifications/unsubscribe?token=abc.def", "Hello Ada <Lovelace>,");
        // HTML escapes what comes from users; the text part shows it as typed
        assertThat(mail.html()).contains("Ada &lt;Lovelace&gt;").doesNotContain("<Lovelace>");
        assertThat(mail.text()).doesNotContain("th:");
    }

    @Test
    void theDigestListsTheTopPostsAndCapsulesInOrderWithTheirLinksInBothParts() {
        Map<String, Object> variables = variables();
        variables.put("heading", "Your day");
        variables.put("base", "http://portal.test");
        variables.put("sections", Map.of());
        variables.put("topPosts", List.of(new TopContent("Most <talked> about", "/forum/posts/p1", 1, 2),
                new TopContent("Second post", "/forum/posts/p2", 4, 0)));
        variables.put("topCapsules", List.of(new TopContent("Best capsule", "/capsules/c1", 3, 0)));

        MailTemplates.RenderedMail mail = templates.render("mail/digest", "Alumni Portal: Your day", variables);

        assertThat(mail.text()).containsSubsequence("Top forum posts", "1. Most <talked> about (1 likes, 2 comments)",
                "http://portal.test/forum/posts/p1", "2. Second post", "Top knowledge capsules", "1. Best capsule",
                "http://portal.test/capsules/c1");
        assertThat(mail.html()).containsSubsequence("Top forum posts", "href=\"http://portal.test/forum/posts/p1\"",
                "Most &lt;talked&gt; about", "href=\"http://portal.test/forum/posts/p2\"", "Top knowledge capsules",
                "href=\"http://portal.test/capsules/c1\"");
    }

    @Test
    void aDigestWithoutTopContentHasNoEmptyHeadings() {
        Map<String, Object> variables = variables();
        variables.put("heading", "Your day");
        variables.put("base", "http://portal.test");
        variables.put("sections", Map.of());
        variables.put("topPosts", List.of());
        variables.put("topCapsules", List.of());

        MailTemplates.RenderedMail mail = templates.render("mail/digest", "Alumni Portal: Your day", variables);

        assertThat(mail.text()).doesNotContain("Top forum posts", "Top knowledge capsules");
        assertThat(mail.html()).doesNotContain("Top forum posts", "Top knowledge capsules");
    }
}
