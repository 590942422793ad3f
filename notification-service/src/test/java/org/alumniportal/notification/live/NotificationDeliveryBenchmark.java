package org.alumniportal.notification.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.alumniportal.notification.mail.MailQueue;
import org.alumniportal.notification.notification.NewNotification;
import org.alumniportal.notification.notification.NotificationType;
import org.alumniportal.notification.notification.Priority;
import org.alumniportal.notification.recipient.Recipients;
import org.alumniportal.notification.testing.Events;
import org.alumniportal.notification.testing.NotificationIntegrationTest;
import org.alumniportal.notification.testing.SseClient;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: prints figures. (1) Latency from publishing a triggering event to Kafka until the SSE event
 * reaches a connected client, at 100 events/s for 20 s over 50 connected users (the whole path: trigger
 * consumer, preferences, store, fan-out topic, stream). (2) Mail throughput: 500 queued mails to the local
 * mail catcher over SMTP, rendered from the templates.
 */
class NotificationDeliveryBenchmark extends NotificationIntegrationTest {

    private static final int USERS = 50;
    private static final int RATE_PER_SECOND = 100;
    private static final int SECONDS = 20;
    private static final int MAILS = 500;

    @Autowired
    MailQueue mailQueue;

    @Autowired
    Recipients recipientModel;

    @Test
    void eventToSseLatencyAndMailThroughput() throws Exception {
        latency();
        mailThroughput();
    }

    private void latency() throws Exception {
        List<String> users = new ArrayList<>();
        List<SseClient> clients = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String user = newId("bench");
            // in-app and live only: the mail side is measured on its own below
            api.put("/api/notifications/preferences", Map.of("emailEnabled", false), bearer(user));
            users.add(user);
            clients.add(SseClient.connect("http://127.0.0.1:" + port + "/api/notifications/stream", bearer(user),
                    null));
        }
        warmUp(users.get(0), clients.get(0));

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        int total = RATE_PER_SECOND * SECONDS;
        AtomicInteger sent = new AtomicInteger();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        pacer.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            String user = users.get(n % USERS);
            EventEnvelope envelope = Events.of(user,
                    new UserRoleChanged(user, "STUDENT", "ALUMNI", "bench"));
            sentAt.put(new NewNotification(envelope.id(), user, NotificationType.ROLE_CHANGED, "t", "m", "/", null,
                    null).id(), System.nanoTime());
            events.sendAsync(envelope);
        }, 0, 1_000_000 / RATE_PER_SECOND, TimeUnit.MICROSECONDS);
        await().atMost(Duration.ofSeconds(SECONDS + 10)).until(() -> sent.get() >= total);
        pacer.shutdown();
        double sendSeconds = (System.nanoTime() - start) / 1e9;

        // arrival times are stamped by each client's reader thread, so collecting afterwards does not skew them
        List<Long> latencies = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (latencies.size() < total && System.nanoTime() < deadline) {
            for (SseClient client : clients) {
                for (SseClient.Event event : client.drain()) {
                    Long at = sentAt.get(event.id());
                    if (at != null) {
                        latencies.add(event.receivedNanos() - at);
                    }
                }
            }
            Thread.sleep(50);
        }
        clients.forEach(SseClient::close);
        Collections.sort(latencies);
        System.out.printf("[benchmark] event-to-SSE: %d events at %.0f/s to %d connected users; delivered %d; "
                        + "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                total, total / sendSeconds, USERS, latencies.size(), ms(latencies, 0.50), ms(latencies, 0.95),
                ms(latencies, 0.99), ms(latencies, 1.0));
        assertThat(latencies).as("every event reached its user's stream").hasSize(total);
    }

    private void warmUp(String user, SseClient client) {
        for (int i = 0; i < 50; i++) {
            events.send(user, new UserRoleChanged(user, "STUDENT", "ALUMNI", "warm-up"));
        }
        int seen = 0;
        while (seen < 50 && client.next(Duration.ofSeconds(10)) != null) {
            seen++;
        }
        client.drain();
    }

    private void mailThroughput() {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            recipients.add(knownUser("Mail Bench"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsKnown(recipients));
        long start = System.nanoTime();
        for (int i = 0; i < MAILS; i++) {
            mailQueue.enqueue(new NewNotification(UUID.randomUUID().toString(), recipients.get(i % 10),
                    NotificationType.ROLE_CHANGED, "Benchmark mail " + i, "m", "/profile", Priority.NORMAL, Map.of()));
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> recipients.stream()
                .mapToLong(r -> mailsTo(emailOf(r)).size()).sum() >= MAILS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[benchmark] mail: %d mails (HTML + text from templates, SMTP to the mail catcher) in "
                + "%.1f s = %.0f mails/s%n", MAILS, seconds, MAILS / seconds);
    }

    private boolean mailsKnown(List<String> users) {
        return users.stream().allMatch(u -> recipientModel.find(u).map(r -> r.getEmail() != null).orElse(false));
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
