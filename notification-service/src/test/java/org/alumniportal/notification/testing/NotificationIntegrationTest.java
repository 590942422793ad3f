package org.alumniportal.notification.testing;

import org.alumniportal.platform.test.Api;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.alumniportal.localstack.mail.CaughtMail;
import org.alumniportal.localstack.mail.MailCatcher;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.test.PortalIntegrationTest;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import tools.jackson.databind.JsonNode;

/**
 * Base of notification-service's {@code *IT}: the whole service on the shared embedded MongoDB and Kafka,
 * mails caught by the local stack's {@link MailCatcher}, the mail sender spied on (real unless a test makes it
 * fail), and fast mail retries. All subclasses share one context, so each test makes its own users.
 */
@Import(MovableTimeConfiguration.class)
public abstract class NotificationIntegrationTest extends PortalIntegrationTest {

    private static final MailCatcher MAIL = startMailCatcher();

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @MockitoSpyBean
    protected JavaMailSender mailSender;

    protected Api api;
    protected Events events;

    private static MailCatcher startMailCatcher() {
        MailCatcher catcher = MailCatcher.start(0, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(catcher::close, "mail-catcher-stop"));
        return catcher;
    }

    @DynamicPropertySource
    static void mailAndTiming(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::smtpPort);
        registry.add("portal.notification.mail-initial-backoff", () -> "200ms");
        registry.add("portal.notification.mail-max-backoff", () -> "1s");
        registry.add("portal.notification.mail-poll-interval", () -> "200ms");
        registry.add("portal.notification.heartbeat", () -> "1s");
        registry.add("portal.notification.frontend-origin", () -> "http://portal.test");
        registry.add("portal.notification.public-base-url", () -> "http://gateway.test");
    }

    @BeforeEach
    void clients() {
        api = new Api(port);
        events = new Events(kafka);
        Mockito.reset(mailSender);
    }

    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    protected static String bearer(String userId) {
        return TestJwts.user(userId).roles("ALUMNI").bearer();
    }

    /** A user the service knows (name and address from user.registered.v1), ready to be notified. */
    protected String knownUser(String name) {
        String userId = newId(name.toLowerCase().replace(' ', '-'));
        String email = userId + "@example.edu";
        events.send(userId, new UserRegistered(userId, email, name, "ALUMNI"));
        return userId;
    }

    protected static String emailOf(String userId) {
        return userId + "@example.edu";
    }

    /** The user's notifications (first page, newest first) once {@code until} holds for them. */
    protected JsonNode awaitNotifications(String userId, Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/notifications?size=100", bearer(userId)).json().path("items"), until);
    }

    protected JsonNode awaitNotification(String userId, String type) {
        JsonNode items = awaitNotifications(userId, list -> list.valueStream()
                .anyMatch(n -> type.equals(n.path("type").asString())));
        return items.valueStream().filter(n -> type.equals(n.path("type").asString())).findFirst().orElseThrow();
    }

    protected static CaughtMail awaitMail(String to, Predicate<CaughtMail> matching) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> mailsTo(to).stream().filter(matching).findFirst().orElse(null), m -> m != null);
    }

    /** The catcher's list may change while it is read (a mail arriving): read again then. */
    protected static List<CaughtMail> mailsTo(String to) {
        for (int attempt = 1; ; attempt++) {
            try {
                return MAIL.messages(to);
            } catch (ConcurrentModificationException arriving) {
                if (attempt == 10) {
                    throw arriving;
                }
            }
        }
    }

    protected static Map<String, Object> ids(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
