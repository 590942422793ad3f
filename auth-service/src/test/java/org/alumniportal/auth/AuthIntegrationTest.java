package org.alumniportal.auth;

import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alumniportal.auth.identity.IdentityProvider;
import org.alumniportal.auth.identity.InMemoryIdentityProvider;
import org.alumniportal.auth.identity.NewIdentityUser;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.platform.test.Api;
import org.alumniportal.auth.testing.MovableTimeConfiguration;
import org.alumniportal.platform.test.MutableClock;
import org.alumniportal.localstack.mail.CaughtMail;
import org.alumniportal.localstack.mail.MailCatcher;
import org.alumniportal.platform.test.PortalInfrastructure;
import org.alumniportal.platform.test.PortalIntegrationTest;
import org.alumniportal.platform.test.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Base of the service's {@code *IT}: the whole application on the shared embedded MongoDB and Kafka, with
 * Keycloak replaced by a mock that delegates to {@link InMemoryIdentityProvider}, mails caught by the local
 * stack's {@link MailCatcher}, and a clock the tests move. Every subclass shares one application context.
 */
@Import(MovableTimeConfiguration.class)
public abstract class AuthIntegrationTest extends PortalIntegrationTest {

    protected static final String PASSWORD = "Analytical#Engine1843";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern TOKEN = Pattern.compile("token=([0-9a-f]{64})");
    private static final MailCatcher MAIL = startMailCatcher();

    @MockitoBean
    protected IdentityProvider identity;

    @Autowired
    protected MutableClock clock;

    @LocalServerPort
    private int port;

    protected InMemoryIdentityProvider keycloak;
    protected Api api;

    private static MailCatcher startMailCatcher() {
        MailCatcher catcher = MailCatcher.start(0, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(catcher::close, "mail-catcher-stop"));
        return catcher;
    }

    @DynamicPropertySource
    static void mailAndAdmin(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::smtpPort);
        registry.add("portal.auth.admin.bootstrap", () -> "false");
        registry.add("portal.auth.mail.frontend-origin", () -> "http://portal.test,http://other.test");
    }

    @BeforeEach
    void wireKeycloakAndClient() {
        api = new Api(port);
        keycloak = new InMemoryIdentityProvider();
        Mockito.reset(identity);
        when(identity.createUser(any())).thenAnswer(i -> keycloak.createUser(i.getArgument(0)));
        when(identity.assignRole(anyString(), any())).thenAnswer(i -> keycloak.assignRole(i.getArgument(0), i.getArgument(1)));
        doAnswer(i -> { keycloak.deleteUser(i.getArgument(0)); return null; }).when(identity).deleteUser(anyString());
        when(identity.findByEmail(anyString())).thenAnswer(i -> keycloak.findByEmail(i.getArgument(0)));
        when(identity.findById(anyString())).thenAnswer(i -> keycloak.findById(i.getArgument(0)));
        when(identity.markEmailVerified(anyString())).thenAnswer(i -> keycloak.markEmailVerified(i.getArgument(0)));
        doAnswer(i -> { keycloak.resetPassword(i.getArgument(0), i.getArgument(1)); return null; })
                .when(identity).resetPassword(anyString(), anyString());
        doAnswer(i -> { keycloak.endSession(i.getArgument(0)); return null; }).when(identity).endSession(anyString());
        doAnswer(i -> { keycloak.endAllSessions(i.getArgument(0)); return null; }).when(identity).endAllSessions(anyString());
        when(identity.sessionIds(anyString())).thenAnswer(i -> keycloak.sessionIds(i.getArgument(0)));
        doAnswer(i -> { keycloak.setEnabled(i.getArgument(0), i.getArgument(1)); return null; })
                .when(identity).setEnabled(anyString(), org.mockito.ArgumentMatchers.anyBoolean());
        when(identity.passwordGrant(anyString(), anyString()))
                .thenAnswer(i -> keycloak.passwordGrant(i.getArgument(0), i.getArgument(1)));
        when(identity.refresh(anyString())).thenAnswer(i -> keycloak.refresh(i.getArgument(0)));
        when(identity.listUsers(anyInt(), anyInt())).thenAnswer(i -> keycloak.listUsers(i.getArgument(0), i.getArgument(1)));
        when(identity.createServiceClient(any())).thenAnswer(i -> keycloak.createServiceClient(i.getArgument(0)));
        doAnswer(i -> { keycloak.deleteServiceClient(i.getArgument(0)); return null; })
                .when(identity).deleteServiceClient(anyString());
    }

    /** A fresh address per test: the shared database and topics keep what earlier tests wrote. */
    protected static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.edu";
    }

    protected Api.Response register(String email, String role) {
        return api.post("/api/auth/register",
                java.util.Map.of("email", email, "password", PASSWORD, "fullName", "Ada Lovelace", "role", role));
    }

    /** A user that registered and verified through Keycloak directly (no mail), ready to log in. */
    protected String verifiedUser(String email, PortalRole role) {
        String id = keycloak.createUser(new NewIdentityUser(email, PASSWORD, "Grace Hopper", true));
        keycloak.assignRole(id, role);
        return id;
    }

    protected static CaughtMail awaitMail(String to, Predicate<CaughtMail> matching) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> MAIL.messages(to).stream().filter(matching).findFirst().orElse(null), m -> m != null);
    }

    protected static List<CaughtMail> mailsTo(String to) {
        return MAIL.messages(to);
    }

    protected static String codeIn(CaughtMail mail) {
        Matcher matcher = CODE.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("no 6-digit code in: " + mail.text());
        }
        return matcher.group(1);
    }

    protected static String resetTokenIn(CaughtMail mail) {
        Matcher matcher = TOKEN.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("no reset link in: " + mail.text());
        }
        return matcher.group(1);
    }

    protected static String codeMailedTo(String email) {
        return codeIn(awaitMail(email, m -> m.subject().contains("verification code")));
    }

    /** Records of {@code topic} with this key whose envelope has this type, as another service would read them. */
    protected static List<ConsumerRecord<String, String>> events(String topic, String key, String type, int count) {
        return TopicRecords.await(PortalInfrastructure.shared().kafkaBootstrapServers(), topic,
                r -> key.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\""), count, Duration.ofSeconds(30));
    }
}
