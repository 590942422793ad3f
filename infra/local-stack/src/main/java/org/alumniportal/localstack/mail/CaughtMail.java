package org.alumniportal.localstack.mail;

import java.io.IOException;
import java.time.Instant;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * One mail as a recipient received it. {@code to} is the mailbox it was delivered to (so a mail to two
 * people is listed once per person, Bcc included); {@code text} is the decoded plain-text body.
 */
public record CaughtMail(String from, String to, String subject, String text, Instant receivedAt) {

    static CaughtMail of(String recipient, MimeMessage message, Instant receivedAt) {
        try {
            String text = bodyText(message).replace("\r\n", "\n");
            return new CaughtMail(sender(message), recipient, message.getSubject(), text, receivedAt);
        } catch (MessagingException | IOException e) {
            return new CaughtMail("", recipient, "(unreadable message: " + e.getMessage() + ")", "", receivedAt);
        }
    }

    private static String sender(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0) {
            return "";
        }
        return from[0] instanceof InternetAddress address ? address.getAddress() : from[0].toString();
    }

    private static String bodyText(Part message) throws MessagingException, IOException {
        String plain = firstPart(message, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = firstPart(message, "text/html");
        return html == null ? "" : HtmlText.toPlainText(html);
    }

    private static String firstPart(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            Object content = part.getContent();
            return content instanceof String text ? text : null;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = firstPart(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
