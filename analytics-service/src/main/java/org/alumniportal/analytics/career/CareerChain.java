package org.alumniportal.analytics.career;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The first-order Markov chain of role moves: {@code P(next | current) = moves(current → next) / moves(current → *)},
 * each person counted once per move, with the skills of the people who made each move and how long they held the
 * role before it. Built from {@link Timeline}s; immutable.
 */
final class CareerChain {

    /** Everything known about one move. */
    record Move(String from, String to, long people, Map<String, Long> skills, List<Integer> monthsBefore) {
    }

    private final Map<String, Map<String, Move>> byFrom;
    private final List<List<String>> sequences;
    private final List<Timeline> timelines;

    private CareerChain(Map<String, Map<String, Move>> byFrom, List<List<String>> sequences, List<Timeline> timelines) {
        this.byFrom = byFrom;
        this.sequences = sequences;
        this.timelines = timelines;
    }

    static CareerChain of(List<Timeline> timelines) {
        Map<String, Map<String, List<Timeline>>> people = new TreeMap<>();
        Map<String, Map<String, List<Integer>>> tenure = new HashMap<>();
        for (Timeline t : timelines) {
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i + 1 < t.stays().size(); i++) {
                String from = t.stays().get(i).role();
                String to = t.stays().get(i + 1).role();
                if (seen.add(from + "\u0000" + to)) {
                    people.computeIfAbsent(from, f -> new TreeMap<>()).computeIfAbsent(to, x -> new ArrayList<>()).add(t);
                    tenure.computeIfAbsent(from, f -> new HashMap<>()).computeIfAbsent(to, x -> new ArrayList<>())
                            .add(t.stays().get(i).months());
                }
            }
        }
        Map<String, Map<String, Move>> byFrom = new TreeMap<>();
        people.forEach((from, targets) -> targets.forEach((to, who) -> {
            Map<String, Long> skills = who.stream().flatMap(t -> t.skills().stream().distinct())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            byFrom.computeIfAbsent(from, f -> new TreeMap<>()).put(to, new Move(from, to, who.size(), skills,
                    List.copyOf(tenure.get(from).get(to))));
        }));
        List<List<String>> sequences = timelines.stream()
                .map(t -> t.stays().stream().map(Timeline.Stay::role).toList()).filter(s -> !s.isEmpty()).toList();
        return new CareerChain(byFrom, sequences, List.copyOf(timelines));
    }

    /** The moves out of a role, most frequent first. */
    List<Move> from(String role) {
        return byFrom.getOrDefault(role, Map.of()).values().stream()
                .sorted(Comparator.comparingLong(Move::people).reversed().thenComparing(Move::to)).toList();
    }

    long movesFrom(String role) {
        return byFrom.getOrDefault(role, Map.of()).values().stream().mapToLong(Move::people).sum();
    }

    /** Every move, most frequent first. */
    List<Move> all() {
        return byFrom.values().stream().flatMap(m -> m.values().stream())
                .sorted(Comparator.comparingLong(Move::people).reversed().thenComparing(Move::from)
                        .thenComparing(Move::to))
                .toList();
    }

    /** The timelines of people with this skill. */
    List<Timeline> withSkill(String skill) {
        return timelines.stream().filter(t -> t.skills().contains(skill)).toList();
    }

    List<List<String>> sequences() {
        return sequences;
    }
}
