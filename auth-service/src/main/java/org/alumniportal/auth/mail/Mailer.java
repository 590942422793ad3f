package org.alumniportal.auth.mail;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * The service's mails. Sending is asynchronous: a request does not wait for SMTP, and a known address does
 * not answer measurably slower than an unknown one. A failed send is logged (never with the code or token);
 * the user can ask again.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final MailProperties properties;

    Mailer(JavaMailSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Async
    public void sendVerificationCode(String userId, String email, String code, Duration validFor) {
        send(userId, "verification code", email, "Your Alumni Portal verification code", """
                Hello,

                your Alumni Portal verification code is: %s

                It is valid for %d minutes and works once. If you did not create an account, ignore this mail.
                """.formatted(code, validFor.toMinutes()));
    }

    @Async
    public void sendPasswordReset(String userId, String email, String token, Duration validFor) {
        send(userId, "password reset", email, "Reset your Alumni Portal password", """
                Hello,

                someone (hopefully you) asked to reset the password of your Alumni Portal account.
                Open this link within %d minutes to choose a new password:

                %s%s

                If the link does not open, use this reset token in the app: %s

                The link works once. If you did not ask for this, ignore this mail; your password stays as it is.
                """.formatted(validFor.toMinutes(), properties.resetLinkBase(), token, token));
    }

    @Async
    public void sendSuspended(String userId, String email, String reason) {
        send(userId, "suspension notice", email, "Your Alumni Portal account is suspended", """
                Hello,

                an administrator has suspended your Alumni Portal account. You are logged out everywhere and
                cannot log in until it is reactivated.

                Reason given: %s

                If you think this is a mistake, reply to this mail or contact the portal's administrators.
                """.formatted(reason));
    }

    @Async
    public void sendActivated(String userId, String email) {
        send(userId, "activation notice", email, "Your Alumni Portal account is active", """
                Hello,

                an administrator has activated your Alumni Portal account: everything your role allows is open
                to you from your next login.
                """);
    }

    private void send(String userId, String what, String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            log.info("Mailed {}: user {}", what, userId);
        } catch (MailException e) {
            log.error("Could not mail {} to user {}: {}", what, userId, e.getMessage());
        }
    }
}
