package org.alumniportal.community.recommendation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Collaborative signal: people who engaged with the same items as the caller (RSVPs to the same events, likes of the
 * same posts), each weighted by how many items they share. Items are keyed {@code E:id} and {@code P:id}.
 */
final class Neighbours {

    private final Map<String, Integer> weights = new HashMap<>();
    private final Map<String, Set<String>> itemsByUser;

    Neighbours(String me, Map<String, Set<String>> itemsByUser) {
        this.itemsByUser = itemsByUser;
        Set<String> mine = itemsByUser.getOrDefault(me, Set.of());
        if (!mine.isEmpty()) {
            itemsByUser.forEach((user, items) -> {
                if (!user.equals(me)) {
                    int shared = (int) items.stream().filter(mine::contains).count();
                    if (shared > 0) {
                        weights.put(user, shared);
                    }
                }
            });
        }
    }

    /** The summed weight of neighbours who engaged with the item, and how many they are. */
    Signal signalFor(String item) {
        int weight = 0;
        int people = 0;
        for (Map.Entry<String, Integer> neighbour : weights.entrySet()) {
            if (itemsByUser.getOrDefault(neighbour.getKey(), Set.of()).contains(item)) {
                weight += neighbour.getValue();
                people++;
            }
        }
        return new Signal(weight, people);
    }

    record Signal(int weight, int people) {
    }
}
