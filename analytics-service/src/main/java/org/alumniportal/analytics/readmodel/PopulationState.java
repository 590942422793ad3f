package org.alumniportal.analytics.readmodel;

import java.time.Instant;
import java.util.Map;

/**
 * Everything {@link Population} holds, as plain maps of its immutable records: what a checkpoint writes to the
 * analytics database and a restart reads back instead of replaying the topics.
 */
record PopulationState(Map<String, UserAccount> accounts, Map<String, ProfileFacts> profiles,
        Map<String, JobFacts> jobs, Map<String, ApplicationFacts> applications, Map<String, CommunityEvent> events,
        Map<String, Rsvp> rsvps, Map<String, Mentor> mentors, Map<String, Mentorship> mentorships,
        Map<String, MentoringSession> sessions, Map<String, Contribution> contributions,
        Map<String, Instant> lastActivity) {
}
