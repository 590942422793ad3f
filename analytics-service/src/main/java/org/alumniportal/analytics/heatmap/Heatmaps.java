package org.alumniportal.analytics.heatmap;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.alumniportal.analytics.geo.Gazetteer;
import org.alumniportal.analytics.readmodel.Population;
import org.alumniportal.analytics.readmodel.ProfileFacts;
import org.alumniportal.analytics.web.Privacy;
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
                        .map(ProfileFacts::location), admin ? 1 : Privacy.MIN_GROUP, null));
    }

    List<HeatPoint> opportunities(String skill) {
        String canonical = skill == null || skill.isBlank() ? null : skills.normalize(skill);
        return population.cached("heat.jobs:" + canonical, () -> {
            Instant now = population.now();
            return points(population.jobs().stream().filter(j -> j.postedAt() != null && j.isOpen(now))
                    .filter(j -> canonical == null || j.skills().contains(canonical)).map(j -> j.location()), 1, null);
        });
    }

    List<HeatPoint> industries(Industry industry, boolean admin) {
        return population.cached("heat.industries:" + admin + ":" + industry, () -> {
            Map<Industry, List<ProfileFacts>> byIndustry = new HashMap<>();
            people(admin).forEach(p -> {
                Industry i = Industry.of(p.industry());
                if (i != null && (industry == null || industry == i)) {
                    byIndustry.computeIfAbsent(i, x -> new java.util.ArrayList<>()).add(p);
                }
            });
            return byIndustry.entrySet().stream()
                    .flatMap(e -> points(e.getValue().stream().map(ProfileFacts::location),
                            admin ? 1 : Privacy.MIN_GROUP, e.getKey()).stream())
                    .sorted(Comparator.comparingLong(HeatPoint::count).reversed()
                            .thenComparing(HeatPoint::location).thenComparing(p -> p.industry().name()))
                    .toList();
        });
    }

    private Stream<ProfileFacts> people(boolean admin) {
        return population.profiles().stream().filter(p -> admin ? !p.deleted() : p.countsPublicly());
    }

    private List<HeatPoint> points(Stream<String> locations, long minGroup, Industry industry) {
        Map<Gazetteer.Place, Long> counts = new HashMap<>();
        locations.forEach(location -> gazetteer.find(location).ifPresent(place -> counts.merge(place, 1L, Long::sum)));
        return counts.entrySet().stream().filter(e -> e.getValue() >= minGroup)
                .map(e -> new HeatPoint(e.getKey().name(), e.getKey().latitude(), e.getKey().longitude(), e.getValue(),
                        industry))
                .sorted(Comparator.comparingLong(HeatPoint::count).reversed().thenComparing(HeatPoint::location))
                .toList();
    }
}
