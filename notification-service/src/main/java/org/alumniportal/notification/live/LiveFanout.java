package org.alumniportal.notification.live;

import org.alumniportal.notification.config.NotificationProperties;
import org.alumniportal.notification.notification.NotificationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Fans every created notification out to all replicas: the creating replica sends it to the live topic
 * (keyed by recipient), and every replica reads that topic in a consumer group of its own, from the latest
 * offset, then writes to the streams connected to it. A fan-out record lost while Kafka is down only delays
 * the notification until the client's next reconnect (Last-Event-ID replay) or list call.
 */
@Component
public class LiveFanout {

    private static final Logger log = LoggerFactory.getLogger(LiveFanout.class);

    /** What travels on the live topic. */
    record LiveMessage(String recipientId, NotificationView notification) {
    }

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final LiveHub hub;
    private final NotificationProperties properties;

    LiveFanout(KafkaTemplate<String, String> kafka, JsonMapper json, LiveHub hub, NotificationProperties properties) {
        this.kafka = kafka;
        this.json = json;
        this.hub = hub;
        this.properties = properties;
    }

    public void publish(String recipientId, NotificationView notification) {
        kafka.send(properties.liveTopic(), recipientId,
                json.writeValueAsString(new LiveMessage(recipientId, notification)))
                .whenComplete((result, error) -> {
                    if (error != null) {
                        log.warn("Could not fan out notification {}: {}", notification.id(), error.toString());
                    }
                });
    }

    // A group per replica (random id): every replica must see every record, and only new ones matter.
    @KafkaListener(topics = "${portal.notification.live-topic:portal.notification}",
            groupId = "notification-live-${random.uuid}", properties = "auto.offset.reset=latest")
    void on(String value) {
        try {
            LiveMessage message = json.readValue(value, LiveMessage.class);
            hub.deliver(message.recipientId(), message.notification());
        } catch (RuntimeException unreadable) {
            log.warn("Skipped an unreadable live notification record: {}", unreadable.toString());
        }
    }
}
