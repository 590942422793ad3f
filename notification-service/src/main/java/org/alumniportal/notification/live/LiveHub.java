package org.alumniportal.notification.live;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.alumniportal.notification.config.NotificationProperties;
import org.alumniportal.notification.notification.NotificationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The streams connected to this replica, per user. Every event's {@code id} is the notification's id, so a
 * client that reconnects sends the last one back as {@code Last-Event-ID}. Idle streams get a comment line
 * every {@code heartbeat}, which keeps proxies (and the gateway's response timeout) from closing them.
 */
@Component
class LiveHub {

    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);
    static final String EVENT_NAME = "notification";

    private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final NotificationProperties properties;

    LiveHub(NotificationProperties properties) {
        this.properties = properties;
    }

    /**
     * Opens a stream and sends what it missed (oldest first). The stream is registered before the missed ones
     * are read, so a notification created meanwhile is not lost (at worst it arrives twice, same id).
     */
    SseEmitter open(String userId, Supplier<List<NotificationView>> missed) {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        Set<SseEmitter> mine = streams.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet());
        mine.add(emitter);
        Runnable forget = () -> remove(userId, emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        // The first bytes make every proxy on the way pass the response headers on at once.
        if (send(userId, emitter, SseEmitter.event().comment("connected")
                .reconnectTime(properties.heartbeat().toMillis()))) {
            missed.get().forEach(n -> send(userId, emitter, event(n)));
        }
        return emitter;
    }

    /** Sends a notification to every stream of its recipient connected here. */
    void deliver(String userId, NotificationView notification) {
        Set<SseEmitter> mine = streams.get(userId);
        if (mine == null) {
            return;
        }
        mine.forEach(emitter -> send(userId, emitter, event(notification)));
    }

    int connected(String userId) {
        Set<SseEmitter> mine = streams.get(userId);
        return mine == null ? 0 : mine.size();
    }

    @Scheduled(fixedDelayString = "${portal.notification.heartbeat:15s}")
    void heartbeat() {
        streams.forEach((userId, mine) -> mine.forEach(
                emitter -> send(userId, emitter, SseEmitter.event().comment("heartbeat"))));
    }

    private static SseEmitter.SseEventBuilder event(NotificationView notification) {
        return SseEmitter.event().id(notification.id()).name(EVENT_NAME).data(notification, MediaType.APPLICATION_JSON);
    }

    /** One writer at a time per stream; a stream that cannot be written to is closed and forgotten. */
    private boolean send(String userId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        synchronized (emitter) {
            try {
                emitter.send(event);
                return true;
            } catch (IOException | IllegalStateException gone) {
                log.debug("Stream of user {} closed: {}", userId, gone.toString());
                remove(userId, emitter);
                emitter.completeWithError(gone);
                return false;
            }
        }
    }

    private void remove(String userId, SseEmitter emitter) {
        streams.computeIfPresent(userId, (id, mine) -> {
            mine.remove(emitter);
            return mine.isEmpty() ? null : mine;
        });
    }
}
