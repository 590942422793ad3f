package org.alumniportal.platform.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/** What the test listeners did, per envelope id: deliveries seen and effects applied. */
@Component
public class EffectCounter {

    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> effects = new ConcurrentHashMap<>();

    void delivered(String key) {
        deliveries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    void applied(String key) {
        effects.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    public int deliveries(String key) {
        AtomicInteger count = deliveries.get(key);
        return count == null ? 0 : count.get();
    }

    public int effects(String key) {
        AtomicInteger count = effects.get(key);
        return count == null ? 0 : count.get();
    }
}
