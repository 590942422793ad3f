package org.alumniportal.notification.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.alumniportal.notification.NotificationApplication;
import org.alumniportal.notification.notification.NewNotification;
import org.alumniportal.notification.notification.NotificationType;
import org.alumniportal.notification.notification.NotificationView;
import org.alumniportal.notification.notification.Notifications;
import org.alumniportal.notification.notification.Priority;
import org.alumniportal.notification.testing.NotificationIntegrationTest;
import org.alumniportal.notification.testing.SseClient;
import org.alumniportal.platform.test.PortalInfrastructure;
import org.alumniportal.platform.test.TestJwtDecoderConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Two replicas of the service on the same database and broker: a user whose stream is connected to one gets
 * the notifications the other creates, through the live topic (not by luck of which replica consumed).
 */
class LiveReplicasIT extends NotificationIntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    LiveFanout fanout;

    @Test
    void aUserStreamingFromOneReplicaGetsWhatTheOtherReplicaCreates() {
        PortalInfrastructure infrastructure = PortalInfrastructure.shared();
        // arguments, not default properties: they must win over application.yml, like the test context's
        try (ConfigurableApplicationContext replica = new SpringApplicationBuilder(NotificationApplication.class,
                TestJwtDecoderConfiguration.class).run(
                        "--server.port=0",
                        "--spring.mongodb.uri=" + infrastructure.mongoUri(),
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--eureka.client.enabled=false",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=1", "--spring.profiles.active=local")) {
            int replicaPort = ((WebServerApplicationContext) replica).getWebServer().getPort();
            awaitLiveConsumerAssigned(replica);
            String user = newId("roaming");

            try (SseClient client = SseClient.connect("http://127.0.0.1:" + replicaPort + "/api/notifications/stream",
                    bearer(user), null)) {
                assertThat(client.status()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(5)).until(() -> replica.getBean(LiveHub.class).connected(user) > 0);

                // created and fanned out by this replica, the way its trigger listener does
                NotificationView created = notifications.create(new NewNotification(UUID.randomUUID().toString(),
                        user, NotificationType.FORUM_REPLY, "Created on replica one", "m", "/forum", Priority.LOW,
                        Map.of())).orElseThrow();
                fanout.publish(user, created);

                SseClient.Event event = client.next(Duration.ofSeconds(10));
                assertThat(event).isNotNull();
                assertThat(event.id()).isEqualTo(created.id());
                assertThat(event.data()).contains("Created on replica one");
            }
        }
    }

    private static void awaitLiveConsumerAssigned(ConfigurableApplicationContext replica) {
        KafkaListenerEndpointRegistry registry = replica.getBean(KafkaListenerEndpointRegistry.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> registry.getListenerContainers().stream()
                .filter(c -> c.getGroupId() != null && c.getGroupId().startsWith("notification-live-"))
                .map(MessageListenerContainer::getAssignedPartitions)
                .anyMatch(assigned -> assigned != null && !assigned.isEmpty()));
    }
}
