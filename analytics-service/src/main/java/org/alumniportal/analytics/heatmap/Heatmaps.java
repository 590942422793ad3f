package org.alumniportal.analytics.heatmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.alumniportal.analytics.geo.Gazetteer;
import org.alumniportal.analytics.readmodel.Population;
import org.alumniportal.analytics.readmodel.ProfileFacts;
import org.alumniportal.analytics.web.Privacy;
import org.alumniportal.platform.events.Industry;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.springframework.stereotype.Service;

/**
 * Counts by location for the heatmap layers. Places the gazetteer does not know cannot be drawn and are left out
 * ({@code /api/analytics/locations} lists them). For non-admins, people layers count profiles that are not hidden
 * and leave out places with fewer than five people; jobs are not people and are always counted.
 */
@Service
class Heatmaps {

    private final Population population;
    private final Gazetteer gazetteer;
    private final SkillNormalizer skills;

    Heatmaps(Population population, Gazetteer gazetteer, SkillNormalizer skills) {
        this.population = population;
        this.gazetteer = gazetteer;
        this.skills = skills;
    }

    List<HeatPoint> talent(String skill, boolean admin) {
        String canonical = skill == null || skill.isBlank() ? null : skills.normalize(skill);
        return population.cached("heat.talent:" + admin + ":" + canonical, () -> points(
                people(admin).filter(p -> canonical == null || p.skills().contains(canonical))
                        .map(ProfileFacts::location), admin ? 1 : Privacy.MIN_GROUP));
    }

    List<HeatPoint> opportunities(String skill) {
        String canonical = skill == null || skill.isBlank() ? null : skills.normalize(skill);
        return population.cachedWithClock("heat.jobs:" + canonical, () -> {
            Instant now = population.now();
            return points(population.jobs().stream().filter(j -> j.postedAt() != null && j.isOpen(now))
                    .filter(j -> canonical == null || j.skills().contains(canonical)).map(j -> j.location()), 1);
        });
    }

    /**
     * Per industry and place: profiles naming the industry (non-admins: not hidden, and only where at least five
     * people are) plus open jobs naming it; {@code count} is their sum.
     */
    List<HeatPoint> industries(Industry industry, boolean admin) {
        return population.cachedWithClock("heat.industries:" + admin + ":" + industry, () -> {
            Instant now = population.now();
            Map<Industry, Map<Gazetteer.Place, long[]>> counts = new EnumMap<>(Industry.class);
            people(admin).forEach(p -> count(counts, industry, p.industry(), p.location(), 0));
            population.jobs().stream().filter(j -> j.postedAt() != null && j.isOpen(now))
                    .forEach(j -> count(counts, industry, j.industry(), j.location(), 1));
            long minGroup = admin ? 1 : Privacy.MIN_GROUP;
            List<HeatPoint> points = new ArrayList<>();
            counts.forEach((i, places) -> places.forEach((place, c) -> {
                long people = c[0] >= minGroup ? c[0] : 0;
                if (people + c[1] > 0) {
                    points.add(new HeatPoint(place.name(), place.latitude(), place.longitude(), people + c[1], i,
                            people, c[1]));
                }
            }));
            points.sort(Comparator.comparingLong(HeatPoint::count).reversed().thenComparing(HeatPoint::location)
                    .thenComparing(p -> p.industry().name()));
            return List.copyOf(points);
        });
    }

    private void count(Map<Industry, Map<Gazetteer.Place, long[]>> counts, Industry wanted, String industry,
            String location, int slot) {
        Industry.parse(industry).filter(i -> wanted == null || wanted == i).ifPresent(i -> gazetteer.find(location)
                .ifPresent(place -> counts.computeIfAbsent(i, x -> new HashMap<>())
                        .computeIfAbsent(place, x -> new long[2])[slot]++));
    }

    private Stream<ProfileFacts> people(boolean admin) {
        return population.profiles().stream().filter(p -> admin ? !p.deleted() : p.countsPublicly());
    }

    private List<HeatPoint> points(Stream<String> locations, long minGroup) {
        Map<Gazetteer.Place, Long> counts = new HashMap<>();
        locations.forEach(location -> gazetteer.find(location).ifPresent(place -> counts.merge(place, 1L, Long::sum)));
        return counts.entrySet().stream().filter(e -> e.getValue() >= minGroup)
                .map(e -> new HeatPoint(e.getKey().name(), e.getKey().latitude(), e.getKey().longitude(), e.getValue()))
                .sorted(Comparator.comparingLong(HeatPoint::count).reversed().thenComparing(HeatPoint::location))
                .toList();
    }
}
