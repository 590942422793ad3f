package org.alumniportal.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.alumniportal.notification.notification.NotificationType;
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
}
