package org.alumniportal.notification.live;

import java.io.IOException;
import java.util.ArrayList;
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

    private final Map<String, Set<Stream>> streams = new ConcurrentHashMap<>();
    private final NotificationProperties properties;

    LiveHub(NotificationProperties properties) {
        this.properties = properties;
    }

    /**
     * One connected client. While the missed notifications are being replayed, live ones are held back and
     * then sent in order, without those the replay already sent: the fan-out of a notification created just
     * before the reconnect may arrive during the replay.
     */
    private final class Stream {
        final String userId;
        final SseEmitter emitter;
        boolean replaying = true;
        final List<NotificationView> heldBack = new ArrayList<>();
        Set<String> replayed = Set.of();

        Stream(String userId, SseEmitter emitter) {
            this.userId = userId;
            this.emitter = emitter;
        }

        synchronized void replay(List<NotificationView> missed) {
            missed.forEach(n -> send(this, event(n)));
            replayed = Set.copyOf(missed.stream().map(NotificationView::id).toList());
            heldBack.stream().filter(n -> !replayed.contains(n.id())).forEach(n -> send(this, event(n)));
            heldBack.clear();
            replaying = false;
        }

        synchronized void deliver(NotificationView notification) {
            if (replaying) {
                heldBack.add(notification);
            } else if (!replayed.contains(notification.id())) {
                send(this, event(notification));
            }
        }
    }

    /**
     * Opens a stream and sends what it missed (oldest first). The stream is registered before the missed ones
     * are read, so a notification created meanwhile is not lost.
     */
    SseEmitter open(String userId, Supplier<List<NotificationView>> missed) {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        Stream stream = new Stream(userId, emitter);
        streams.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(stream);
        Runnable forget = () -> remove(stream);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        // The first bytes make every proxy on the way pass the response headers on at once.
        boolean open;
        synchronized (stream) {
            open = send(stream, SseEmitter.event().comment("connected").reconnectTime(properties.heartbeat().toMillis()));
        }
        if (open) {
            stream.replay(missed.get());
        }
        return emitter;
    }

    /** Sends a notification to every stream of its recipient connected here. */
    void deliver(String userId, NotificationView notification) {
        Set<Stream> mine = streams.get(userId);
        if (mine != null) {
            mine.forEach(stream -> stream.deliver(notification));
        }
    }

    int connected(String userId) {
        Set<Stream> mine = streams.get(userId);
        return mine == null ? 0 : mine.size();
    }

    @Scheduled(fixedDelayString = "${portal.notification.heartbeat:15s}")
    void heartbeat() {
        streams.values().forEach(mine -> mine.forEach(stream -> {
            synchronized (stream) {
                send(stream, SseEmitter.event().comment("heartbeat"));
            }
        }));
    }

    private static SseEmitter.SseEventBuilder event(NotificationView notification) {
        return SseEmitter.event().id(notification.id()).name(EVENT_NAME).data(notification, MediaType.APPLICATION_JSON);
    }

    /** Callers hold the stream's lock (one writer at a time); a stream that cannot be written to is closed. */
    private boolean send(Stream stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException gone) {
            log.debug("Stream of user {} closed: {}", stream.userId, gone.toString());
            remove(stream);
            stream.emitter.completeWithError(gone);
            return false;
        }
    }

    private void remove(Stream stream) {
        streams.computeIfPresent(stream.userId, (id, mine) -> {
            mine.remove(stream);
            return mine.isEmpty() ? null : mine;
        });
    }
}
