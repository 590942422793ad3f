package org.alumniportal.analytics.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.alumniportal.analytics.readmodel.Population;
import org.alumniportal.analytics.readmodel.UserAccount;
import org.springframework.stereotype.Service;

/**
 * The dashboard's time series, bucketed in UTC: new users and the running total (user growth), jobs posted,
 * RSVPs answered ATTENDING and check-ins (event participation), mentorship requests and completed sessions
 * (mentorship activity), and forum posts.
 */
@Service
class Charts {

    static final int MAX_POINTS = 400;

    private final Population population;

    Charts(Population population) {
        this.population = population;
    }

    ChartData chart(LocalDate from, LocalDate to, Bucket bucket) {
        return population.cached("charts:" + from + ":" + to + ":" + bucket, () -> compute(from, to, bucket));
    }

    private ChartData compute(LocalDate from, LocalDate to, Bucket bucket) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = bucket.start(from); !d.isAfter(to); d = bucket.next(d)) {
            starts.add(d);
        }
        List<String> labels = starts.stream().map(LocalDate::toString).toList();
        Instant firstInstant = starts.get(0).atStartOfDay(ZoneOffset.UTC).toInstant();
        long usersBefore = population.accounts().stream()
                .filter(a -> a.registeredAt() != null && a.registeredAt().isBefore(firstInstant)).count();
        List<Long> newUsers = counts(starts, bucket, population.accounts().stream().map(UserAccount::registeredAt));
        List<Long> totalUsers = new ArrayList<>();
        long running = usersBefore;
        for (long n : newUsers) {
            running += n;
            totalUsers.add(running);
        }
        List<ChartData.Series> series = List.of(
                new ChartData.Series("newUsers", "New users", newUsers),
                new ChartData.Series("totalUsers", "Users (total)", totalUsers),
                new ChartData.Series("jobsPosted", "Jobs posted",
                        counts(starts, bucket, population.jobs().stream().map(j -> j.postedAt()))),
                new ChartData.Series("applications", "Job applications",
                        counts(starts, bucket, population.applications().stream().map(a -> a.submittedAt()))),
                new ChartData.Series("eventRsvps", "Event RSVPs (attending)",
                        counts(starts, bucket, population.rsvps().stream().map(r -> r.firstAttendingAt()))),
                new ChartData.Series("eventCheckIns", "Event check-ins",
                        counts(starts, bucket, population.rsvps().stream().map(r -> r.checkedInAt()))),
                new ChartData.Series("mentorshipRequests", "Mentorship requests",
                        counts(starts, bucket, population.mentorships().stream().map(m -> m.requestedAt()))),
                new ChartData.Series("mentorshipSessions", "Mentoring sessions completed",
                        counts(starts, bucket, population.sessions().stream().map(s -> s.completedAt()))),
                new ChartData.Series("forumPosts", "Forum posts",
                        counts(starts, bucket, population.contributions().stream()
                                .filter(c -> c.kind() == org.alumniportal.analytics.readmodel.Contribution.Kind.POST)
                                .map(c -> c.at()))));
        return new ChartData(bucket, from, to, labels, series);
    }

    private static List<Long> counts(List<LocalDate> starts, Bucket bucket, Stream<Instant> times) {
        TreeMap<LocalDate, Integer> index = new TreeMap<>();
        for (int i = 0; i < starts.size(); i++) {
            index.put(starts.get(i), i);
        }
        LocalDate end = bucket.next(starts.get(starts.size() - 1));
        long[] counts = new long[starts.size()];
        times.forEach(t -> {
            if (t == null) {
                return;
            }
            LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
            if (day.isBefore(starts.get(0)) || !day.isBefore(end)) {
                return;
            }
            Map.Entry<LocalDate, Integer> slot = index.floorEntry(day);
            if (slot != null) {
                counts[slot.getValue()]++;
            }
        });
        List<Long> out = new ArrayList<>(counts.length);
        for (long c : counts) {
            out.add(c);
        }
        return out;
    }
}
