package org.alumniportal.community.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Counts the commands the service sends to the store, by command, collection and filter shape ({@code find
 * forum_posts by _id}, {@code find forum_posts {updatedAt}}…): a benchmark divides them by its requests, which
 * says where a list's time goes without a profiler (the embedded store scans the collection for any non-id filter).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StoreCommands implements CommandListener {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Bean
    MongoClientSettingsBuilderCustomizer countStoreCommands() {
        return settings -> settings.addCommandListener(this);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        counts.computeIfAbsent(describe(event.getCommandName(), event.getCommand()), k -> new LongAdder()).increment();
    }

    /** The counts so far, and zero for the next window. */
    public Map<String, Long> drain() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((kind, count) -> snapshot.put(kind, count.sumThenReset()));
        snapshot.values().removeIf(c -> c == 0);
        return snapshot;
    }

    private static String describe(String command, BsonDocument body) {
        BsonValue collection = body.get(command);
        String shape = "";
        if (body.containsKey("filter") && body.get("filter").isDocument()) {
            BsonDocument filter = body.getDocument("filter");
            shape = filter.keySet().equals(java.util.Set.of("_id")) ? " by _id" : " " + filter.keySet();
        }
        return command + " " + (collection != null && collection.isString() ? collection.asString().getValue() : "")
                + shape;
    }
}
