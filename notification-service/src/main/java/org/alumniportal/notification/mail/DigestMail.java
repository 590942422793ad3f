package org.alumniportal.notification.mail;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alumniportal.notification.community.CommunityHighlights;
import org.alumniportal.notification.config.NotificationProperties;
import org.alumniportal.notification.notification.NotificationView;
import org.alumniportal.notification.recipient.Recipient;
import org.alumniportal.notification.recipient.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The digest mail ({@code templates/mail/digest.html} / {@code .txt}): sections of the period's notifications,
 * then the period's top forum posts and capsules, each with its link back. Sent once by the caller's record of the send; a failure is logged, not retried
 * (tomorrow's digest follows).
 */
@Component
public class DigestMail {

    private static final Logger log = LoggerFactory.getLogger(DigestMail.class);

    private final JavaMailSender sender;
    private final MailTemplates templates;
    private final Recipients recipients;
    private final NotificationProperties properties;

    DigestMail(JavaMailSender sender, MailTemplates templates, Recipients recipients,
            NotificationProperties properties) {
        this.sender = sender;
        this.templates = templates;
        this.recipients = recipients;
        this.properties = properties;
    }

    /** @return whether the mail went out */
    public boolean send(String userId, String heading, Map<String, List<NotificationView>> sections,
            CommunityHighlights highlights) {
        Optional<Recipient> recipient = recipients.find(userId).filter(r -> r.getEmail() != null);
        if (recipient.isEmpty()) {
            log.warn("No digest for user {}: address not known", userId);
            return false;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("portalName", properties.portalName());
        variables.put("name", recipient.get().displayName() == null ? "there" : recipient.get().displayName());
        variables.put("heading", heading);
        variables.put("sections", sections);
        variables.put("topPosts", highlights.posts());
        variables.put("topCapsules", highlights.capsules());
        variables.put("base", properties.frontendBase());
        variables.put("portalUrl", properties.frontendBase() + "/");
        variables.put("preferencesUrl", properties.frontendBase() + "/settings/notifications");
        try {
            MailTemplates.RenderedMail mail = templates.render("mail/digest",
                    properties.portalName() + ": " + heading, variables);
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom());
            helper.setTo(recipient.get().getEmail());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            sender.send(message);
            log.info("Mailed a digest to user {}", userId);
            return true;
        } catch (MessagingException | RuntimeException e) {
            log.error("Could not mail the digest of user {}: {}", userId, e.toString());
            return false;
        }
    }
}
