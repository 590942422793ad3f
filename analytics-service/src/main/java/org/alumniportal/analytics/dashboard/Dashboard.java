package org.alumniportal.analytics.dashboard;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alumniportal.analytics.readmodel.ApplicationFacts;
import org.alumniportal.analytics.readmodel.CommunityEvent;
import org.alumniportal.analytics.readmodel.Contribution;
import org.alumniportal.analytics.readmodel.Population;
import org.alumniportal.analytics.readmodel.ProfileFacts;
import org.alumniportal.analytics.readmodel.UserAccount;
import org.springframework.stereotype.Service;

/** Counts the dashboard's key metrics from the read models (memoised per read-model version). */
@Service
class Dashboard {

    private final Population population;

    Dashboard(Population population) {
        this.population = population;
    }

    DashboardMetrics metrics() {
        return population.cachedWithClock("dashboard.metrics", this::count);
    }

    private DashboardMetrics count() {
        Instant now = population.now();
        var accounts = population.accounts().stream().filter(a -> a.isActive() && a.role() != null).toList();
        Map<String, Long> byRole = new TreeMap<>(accounts.stream()
                .collect(Collectors.groupingBy(UserAccount::role, Collectors.counting())));
        Map<String, Long> byStatus = new TreeMap<>(accounts.stream()
                .collect(Collectors.groupingBy(a -> a.status() == null ? "ACTIVE" : a.status(), Collectors.counting())));
        long verified = 0;
        long pending = 0;
        for (ProfileFacts p : population.profiles()) {
            // The same set as profile-service's queue: asked and undecided, whatever the role, until deleted.
            if (p.isPendingVerification()) {
                pending++;
            }
            if (!p.deleted() && "ALUMNI".equals(p.role()) && p.verified()) {
                verified++;
            }
        }
        long jobs = population.jobs().stream().filter(j -> j.postedAt() != null).count();
        long openJobs = population.jobs().stream().filter(j -> j.postedAt() != null && j.isOpen(now)).count();
        long applications = population.applications().stream().filter(a -> a.submittedAt() != null).count();
        long activeApplications = population.applications().stream()
                .filter(a -> a.submittedAt() != null && !isFinal(a)).count();
        var events = population.events().stream().filter(e -> !e.cancelled() && e.createdAt() != null).toList();
        Map<String, CommunityEvent> liveEvents = events.stream()
                .collect(Collectors.toMap(CommunityEvent::eventId, Function.identity()));
        long upcoming = events.stream().filter(e -> e.startDate() != null && e.startDate().isAfter(now)).count();
        long rsvps = population.rsvps().stream().filter(r -> r.isAttending() && liveEvents.containsKey(r.eventId()))
                .count();
        long checkIns = population.rsvps().stream().filter(r -> r.checkedInAt() != null).count();
        long requests = population.mentorships().stream().filter(m -> m.requestedAt() != null).count();
        long activeMentorships = population.mentorships().stream().filter(m -> m.isActive()).count();
        long sessionsCompleted = population.sessions().stream().filter(s -> "COMPLETED".equals(s.status())).count();
        Map<Contribution.Kind, Long> forum = population.contributions().stream().filter(c -> !c.removed())
                .collect(Collectors.groupingBy(Contribution::kind, Collectors.counting()));
        return new DashboardMetrics(now,
                new DashboardMetrics.Users(accounts.size(), byRole, byStatus, verified, pending),
                new DashboardMetrics.Jobs(jobs, openJobs, applications, activeApplications),
                new DashboardMetrics.Events(events.size(), upcoming, rsvps, checkIns),
                new DashboardMetrics.Mentorship(requests, activeMentorships, sessionsCompleted),
                new DashboardMetrics.Forum(forum.getOrDefault(Contribution.Kind.POST, 0L),
                        forum.getOrDefault(Contribution.Kind.COMMENT, 0L)));
    }

    private static boolean isFinal(ApplicationFacts a) {
        return switch (a.status() == null ? "" : a.status()) {
            case "WITHDRAWN", "REJECTED", "HIRED" -> true;
            default -> false;
        };
    }
}
