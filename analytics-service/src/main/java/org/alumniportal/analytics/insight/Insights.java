package org.alumniportal.analytics.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alumniportal.analytics.engagement.EngagementScore;
import org.alumniportal.analytics.engagement.EngagementScores;
import org.alumniportal.analytics.geo.Gazetteer;
import org.alumniportal.analytics.readmodel.ApplicationFacts;
import org.alumniportal.analytics.readmodel.JobFacts;
import org.alumniportal.analytics.readmodel.MentoringSession;
import org.alumniportal.analytics.readmodel.Mentorship;
import org.alumniportal.analytics.readmodel.Population;
import org.alumniportal.analytics.readmodel.ProfileFacts;
import org.alumniportal.analytics.readmodel.Rsvp;
import org.springframework.stereotype.Service;

/**
 * Computes the analytics figures from the read models; each is memoised per read-model version. These are admin
 * views, so every existing profile counts (hidden ones too); deleted profiles never do.
 */
@Service
class Insights {

    private final Population population;
    private final Gazetteer gazetteer;
    private final EngagementScores scores;

    Insights(Population population, Gazetteer gazetteer, EngagementScores scores) {
        this.population = population;
        this.gazetteer = gazetteer;
        this.scores = scores;
    }

    private List<ProfileFacts> profiles(String role) {
        return population.profiles().stream().filter(p -> !p.deleted())
                .filter(p -> role == null || role.equalsIgnoreCase(p.role())).toList();
    }

    List<Figures.SkillCount> skills(String role) {
        return population.cachedWithClock("insight.skills:" + role, () -> {
            List<ProfileFacts> counted = profiles(role);
            Map<String, Long> byProfile = counted.stream().flatMap(p -> p.skills().stream().distinct())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            Instant now = population.now();
            Map<String, Long> byJob = population.jobs().stream().filter(j -> j.postedAt() != null && j.isOpen(now))
                    .flatMap(j -> j.skills().stream().distinct())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            return byProfile.entrySet().stream()
                    .map(e -> new Figures.SkillCount(e.getKey(), e.getValue(), byJob.getOrDefault(e.getKey(), 0L),
                            share(e.getValue(), counted.size())))
                    .sorted(Comparator.comparingLong(Figures.SkillCount::profiles).reversed()
                            .thenComparing(Figures.SkillCount::skill))
                    .toList();
        });
    }

    List<Figures.LocationCount> locations(String role) {
        return population.cached("insight.locations:" + role, () -> {
            Map<String, Long> counts = new HashMap<>();
            Map<String, Gazetteer.Place> places = new HashMap<>();
            for (ProfileFacts p : profiles(role)) {
                if (p.location() == null) {
                    continue;
                }
                var place = gazetteer.find(p.location());
                String name = place.map(Gazetteer.Place::name).orElse(p.location());
                place.ifPresent(found -> places.put(name, found));
                counts.merge(name, 1L, Long::sum);
            }
            return counts.entrySet().stream()
                    .map(e -> {
                        Gazetteer.Place place = places.get(e.getKey());
                        return new Figures.LocationCount(e.getKey(), e.getValue(),
                                place == null ? null : place.latitude(), place == null ? null : place.longitude());
                    })
                    .sorted(Comparator.comparingLong(Figures.LocationCount::count).reversed()
                            .thenComparing(Figures.LocationCount::location))
                    .toList();
        });
    }

    List<Figures.CompanyCount> companies() {
        return population.cached("insight.companies", () -> {
            // Company names vary in case only ("acme" / "Acme"): grouped case-insensitively, shown as first seen.
            Map<String, String> display = new HashMap<>();
            Map<String, Long> counts = new HashMap<>();
            profiles("ALUMNI").stream().filter(p -> p.company() != null).forEach(p -> {
                String key = p.company().toLowerCase(Locale.ROOT);
                display.merge(key, p.company(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                counts.merge(key, 1L, Long::sum);
            });
            return counts.entrySet().stream()
                    .map(e -> new Figures.CompanyCount(display.get(e.getKey()), e.getValue()))
                    .sorted(Comparator.comparingLong(Figures.CompanyCount::count).reversed()
                            .thenComparing(Figures.CompanyCount::company))
                    .toList();
        });
    }

    List<Figures.BatchCount> batches() {
        return population.cached("insight.batches", () -> {
            Map<Integer, long[]> counts = new TreeMap<>();
            for (ProfileFacts p : profiles(null)) {
                if (p.batchYear() == null) {
                    continue;
                }
                long[] c = counts.computeIfAbsent(p.batchYear(), y -> new long[2]);
                c[0]++;
                if (p.verified()) {
                    c[1]++;
                }
            }
            return counts.entrySet().stream().map(e -> new Figures.BatchCount(e.getKey(), e.getValue()[0],
                    e.getValue()[1])).toList();
        });
    }

    List<Figures.JobTrend> jobTrends() {
        return population.cachedWithClock("insight.jobTrends", () -> {
            Instant now = population.now();
            Map<String, Long> applicationsByJob = population.applications().stream()
                    .filter(a -> a.submittedAt() != null && a.jobId() != null)
                    .collect(Collectors.groupingBy(ApplicationFacts::jobId, Collectors.counting()));
            Map<String, List<JobFacts>> byCategory = population.jobs().stream().filter(j -> j.postedAt() != null)
                    .collect(Collectors.groupingBy(j -> j.jobType() == null ? "UNSPECIFIED" : j.jobType()));
            List<Figures.JobTrend> trends = new ArrayList<>();
            byCategory.forEach((category, jobs) -> {
                Map<YearMonth, Long> months = new TreeMap<>(jobs.stream().collect(Collectors.groupingBy(
                        j -> YearMonth.from(j.postedAt().atZone(ZoneOffset.UTC)), Collectors.counting())));
                List<String> topSkills = jobs.stream().flatMap(j -> j.skills().stream())
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(5).map(Map.Entry::getKey).toList();
                trends.add(new Figures.JobTrend(category, jobs.size(), jobs.stream().filter(j -> j.isOpen(now)).count(),
                        jobs.stream().mapToLong(j -> applicationsByJob.getOrDefault(j.jobId(), 0L)).sum(), months,
                        topSkills));
            });
            trends.sort(Comparator.comparingLong(Figures.JobTrend::posted).reversed()
                    .thenComparing(Figures.JobTrend::category));
            return List.copyOf(trends);
        });
    }

    Figures.MentorshipStats mentorship() {
        return population.cached("insight.mentorship", () -> {
            Map<String, Long> status = population.mentorships().stream()
                    .collect(Collectors.groupingBy(Mentorship::status, Collectors.counting()));
            long requests = population.mentorships().stream().filter(m -> m.requestedAt() != null).count();
            long active = status.getOrDefault("ACTIVE", 0L);
            long ended = status.getOrDefault("ENDED", 0L);
            long accepted = active + ended;
            long rejected = status.getOrDefault("REJECTED", 0L);
            Map<String, Long> sessions = population.sessions().stream()
                    .collect(Collectors.groupingBy(MentoringSession::status, Collectors.counting()));
            var ratings = population.sessions().stream().filter(s -> s.rating() != null)
                    .mapToInt(MentoringSession::rating).summaryStatistics();
            var mentors = population.mentors();
            Map<String, Long> expertise = mentors.stream().flatMap(m -> m.expertise().stream())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            List<Figures.SkillCount> top = expertise.entrySet().stream()
                    .map(e -> new Figures.SkillCount(e.getKey(), e.getValue(), 0, share(e.getValue(), mentors.size())))
                    .sorted(Comparator.comparingLong(Figures.SkillCount::profiles).reversed()
                            .thenComparing(Figures.SkillCount::skill))
                    .limit(10).toList();
            long decided = accepted + rejected;
            return new Figures.MentorshipStats(mentors.size(), mentors.stream().filter(m -> m.available()).count(),
                    requests, accepted, rejected, status.getOrDefault("REQUESTED", 0L), active, ended,
                    share(accepted, decided), sessions.getOrDefault("SCHEDULED", 0L) + sessions.getOrDefault(
                            "COMPLETED", 0L) + sessions.getOrDefault("CANCELLED", 0L),
                    sessions.getOrDefault("COMPLETED", 0L), sessions.getOrDefault("CANCELLED", 0L),
                    ratings.getCount() == 0 ? null : Math.round(ratings.getAverage() * 100) / 100.0, top);
        });
    }

    /** Every event's figures, newest first, with the totals over those not cancelled (computed with them, once). */
    Figures.Participation eventParticipation() {
        return population.cached("insight.events", () -> {
            Map<String, long[]> perEvent = new HashMap<>();
            for (Rsvp r : population.rsvps()) {
                long[] c = perEvent.computeIfAbsent(r.eventId(), id -> new long[2]);
                if (r.isAttending()) {
                    c[0]++;
                }
                if (r.checkedInAt() != null) {
                    c[1]++;
                }
            }
            List<Figures.EventParticipation> all = population.events().stream().filter(e -> e.createdAt() != null)
                    .map(e -> {
                        long[] c = perEvent.getOrDefault(e.eventId(), new long[2]);
                        return new Figures.EventParticipation(e.eventId(), e.title(), e.eventType(), e.startDate(),
                                e.cancelled(), c[0], c[1], e.maxAttendees(), share(c[1], c[0]),
                                e.maxAttendees() == null || e.maxAttendees() == 0 ? null
                                        : share(c[0], e.maxAttendees()));
                    })
                    .sorted(Comparator.comparing(Figures.EventParticipation::startDate,
                            Comparator.nullsLast(Comparator.reverseOrder()))
                            .thenComparing(Figures.EventParticipation::eventId))
                    .toList();
            var live = all.stream().filter(e -> !e.cancelled()).toList();
            long attending = live.stream().mapToLong(Figures.EventParticipation::attending).sum();
            long checkIns = live.stream().mapToLong(Figures.EventParticipation::checkIns).sum();
            return new Figures.Participation(live.size(), attending, checkIns, share(checkIns, attending), all);
        });
    }

    Figures.Engagement engagement() {
        return population.cachedWithClock("insight.engagement", () -> {
            List<EngagementScore> all = scores.ranking().ranked();
            Instant now = population.now();
            Map<String, Long> bands = new LinkedHashMap<>();
            for (String band : List.of("0-20", "20-40", "40-60", "60-80", "80-100")) {
                bands.put(band, 0L);
            }
            Map<String, List<Double>> byRole = new TreeMap<>();
            long week = 0;
            long month = 0;
            for (EngagementScore s : all) {
                int band = Math.min(4, (int) (s.score() / 20));
                bands.merge(List.copyOf(bands.keySet()).get(band), 1L, Long::sum);
                byRole.computeIfAbsent(s.role() == null ? "UNKNOWN" : s.role(), r -> new ArrayList<>()).add(s.score());
                if (s.lastActiveAt() != null && s.lastActiveAt().isAfter(now.minus(Duration.ofDays(7)))) {
                    week++;
                }
                if (s.lastActiveAt() != null && s.lastActiveAt().isAfter(now.minus(Duration.ofDays(30)))) {
                    month++;
                }
            }
            Map<String, Double> averages = new TreeMap<>();
            byRole.forEach((role, list) -> averages.put(role,
                    Math.round(list.stream().mapToDouble(d -> d).average().orElse(0) * 100) / 100.0));
            double average = all.stream().mapToDouble(EngagementScore::score).average().orElse(0);
            return new Figures.Engagement(all.size(), week, month, Math.round(average * 100) / 100.0, bands, averages);
        });
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
