package org.alumniportal.analytics.career;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alumniportal.analytics.readmodel.Population;
import org.alumniportal.analytics.readmodel.ProfileFacts;
import org.alumniportal.analytics.web.Privacy;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.springframework.stereotype.Service;

/**
 * Career analytics over the experience timelines of every profile (for admins) or of profiles not hidden (for
 * everyone else, who also never see a move, role or path fewer than {@link Privacy#MIN_GROUP} people made).
 */
@Service
public class CareerModel {

    /** Below this many observed moves out of a role, a prediction says "not enough data". */
    static final int MIN_OBSERVATIONS = 5;
    private static final int TOP_SKILLS = 5;

    private final Population population;
    private final SkillNormalizer skills;

    CareerModel(Population population, SkillNormalizer skills) {
        this.population = population;
        this.skills = skills;
    }

    private CareerChain chain(boolean admin) {
        return population.cached("career.chain:" + admin, () -> CareerChain.of(population.profiles().stream()
                .filter(p -> admin ? !p.deleted() : p.countsPublicly())
                .filter(p -> !p.experience().isEmpty())
                .sorted(Comparator.comparing(ProfileFacts::userId))
                .map(Timeline::of).toList()));
    }

    CareerViews.Prediction predict(PredictRequest request, boolean admin) {
        String role = RoleNormalizer.normalize(request.currentRole());
        CareerChain chain = chain(admin);
        long total = chain.movesFrom(role);
        if (total < MIN_OBSERVATIONS) {
            return new CareerViews.Prediction(role, total, false, "Not enough data: " + total
                    + " observed moves from " + role + "; at least " + MIN_OBSERVATIONS + " are needed.", List.of(),
                    0, null);
        }
        Set<String> mine = new HashSet<>(skills.normalizeAll(request.skills() == null ? List.of() : request.skills()));
        List<CareerViews.NextRole> next = new ArrayList<>();
        double shown = 0;
        List<Integer> allTenure = new ArrayList<>();
        for (CareerChain.Move move : chain.from(role)) {
            allTenure.addAll(move.monthsBefore());
            if (!Privacy.shown(move.people(), admin)) {
                continue;
            }
            double probability = round(move.people() / (double) total);
            shown += move.people();
            List<CareerViews.SkillShare> preceding = topSkills(move.skills(), move.people());
            double match = preceding.isEmpty() ? 0
                    : round(preceding.stream().filter(s -> mine.contains(s.skill())).count() / (double) preceding.size());
            next.add(new CareerViews.NextRole(move.to(), probability, move.people(), preceding, match,
                    median(move.monthsBefore())));
        }
        Double typical = median(allTenure);
        Boolean ready = request.years() == null || typical == null ? null : request.years() * 12 >= typical;
        return new CareerViews.Prediction(role, total, true, next.isEmpty()
                ? "Every observed move from " + role + " is too rare to show." : "Based on " + total
                        + " observed moves from " + role + ".", next, round(1 - shown / total), ready);
    }

    List<CareerViews.Transition> transitions(String from, boolean admin) {
        CareerChain chain = chain(admin);
        String role = from == null ? null : RoleNormalizer.normalize(from);
        return chain.all().stream()
                .filter(m -> role == null || role.equals(m.from()))
                .filter(m -> Privacy.shown(m.people(), admin))
                .map(m -> new CareerViews.Transition(m.from(), m.to(), m.people(),
                        round(m.people() / (double) chain.movesFrom(m.from()))))
                .toList();
    }

    /** The roles, moves and whole paths of people who list {@code skill}. */
    public CareerViews.SkillPaths pathsOf(String skill, boolean admin) {
        String canonical = skills.normalize(skill);
        return population.cached("career.paths:" + admin + ":" + canonical, () -> {
            List<Timeline> people = chain(admin).withSkill(canonical);
            if (!Privacy.shown(people.size(), admin)) {
                return new CareerViews.SkillPaths(canonical, 0, List.of(), List.of(), List.of());
            }
            CareerChain theirs = CareerChain.of(people);
            Map<String, Long> roles = people.stream()
                    .flatMap(t -> t.stays().stream().map(Timeline.Stay::role).distinct())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            Map<List<String>, Long> paths = theirs.sequences().stream()
                    .collect(Collectors.groupingBy(Function.identity(), HashMap::new, Collectors.counting()));
            return new CareerViews.SkillPaths(canonical, people.size(),
                    roles.entrySet().stream().filter(e -> Privacy.shown(e.getValue(), admin))
                            .map(e -> new CareerViews.RoleCount(e.getKey(), e.getValue()))
                            .sorted(Comparator.comparingLong(CareerViews.RoleCount::people).reversed()
                                    .thenComparing(CareerViews.RoleCount::role)).toList(),
                    theirs.all().stream().filter(m -> Privacy.shown(m.people(), admin))
                            .map(m -> new CareerViews.Transition(m.from(), m.to(), m.people(),
                                    round(m.people() / (double) theirs.movesFrom(m.from())))).toList(),
                    paths.entrySet().stream().filter(e -> Privacy.shown(e.getValue(), admin))
                            .map(e -> new CareerViews.PathCount(e.getKey(), e.getValue()))
                            .sorted(Comparator.comparingLong(CareerViews.PathCount::people).reversed()
                                    .thenComparing(p -> String.join(">", p.roles()))).limit(20).toList());
        });
    }

    private static List<CareerViews.SkillShare> topSkills(Map<String, Long> counts, long people) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_SKILLS)
                .map(e -> new CareerViews.SkillShare(e.getKey(), e.getValue(), round(e.getValue() / (double) people)))
                .toList();
    }

    private static Double median(List<Integer> months) {
        List<Integer> known = months.stream().filter(m -> m >= 0).sorted().toList();
        if (known.isEmpty()) {
            return null;
        }
        int n = known.size();
        return n % 2 == 1 ? known.get(n / 2) : (known.get(n / 2 - 1) + known.get(n / 2)) / 2.0;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
