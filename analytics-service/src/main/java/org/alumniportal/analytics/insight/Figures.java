package org.alumniportal.analytics.insight;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The response records of the analytics endpoints. */
final class Figures {

    private Figures() {
    }

    /** A skill and how many profiles list it ({@code share} of profiles counted, 0–1). */
    record SkillCount(String skill, long profiles, long openJobs, double share) {
    }

    /** A place and its alumni; coordinates from the gazetteer, null for a place it does not know. */
    record LocationCount(String location, long count, @Schema(nullable = true) Double latitude,
            @Schema(nullable = true) Double longitude) {
    }

    record CompanyCount(String company, long count) {
    }

    /** A graduation year: profiles, of them verified, and alumni among them. */
    record BatchCount(int batchYear, long profiles, long verified) {
    }

    /** Jobs of one category (job type): posted, open now, applications, and posts per month. */
    record JobTrend(String category, long posted, long open, long applications, Map<YearMonth, Long> postedByMonth,
            List<String> topSkills) {
    }

    record MentorshipStats(long mentors, long availableMentors, long requests, long accepted, long rejected,
            long pending, long active, long ended, double acceptanceRate, long sessionsScheduled,
            long sessionsCompleted, long sessionsCancelled, @Schema(nullable = true) Double averageRating,
            List<SkillCount> topExpertise) {
    }

    /** One event: people answering ATTENDING, check-ins, and the share of attendees who came. */
    record EventParticipation(String eventId, String title, @Schema(nullable = true) String eventType,
            @Schema(nullable = true) java.time.Instant startDate, boolean cancelled, long attending, long checkIns,
            @Schema(nullable = true) Integer capacity, double attendanceRate,
            @Schema(nullable = true) Double fillRate) {
    }

    /** Totals over the events not cancelled, and every event (cancelled ones included), as cached between events. */
    record Participation(long events, long attending, long checkIns, double attendanceRate,
            List<EventParticipation> byEvent) {
    }

    record ParticipationSummary(long events, long attending, long checkIns, double attendanceRate,
            org.alumniportal.platform.web.PageResponse<EventParticipation> byEvent) {
    }

    /** Engagement across the population: active people, score distribution (bands of 20) and means per role. */
    record Engagement(long scoredUsers, long activeLast7Days, long activeLast30Days, double averageScore,
            Map<String, Long> scoreBands, Map<String, Double> averageByRole) {
    }
}
