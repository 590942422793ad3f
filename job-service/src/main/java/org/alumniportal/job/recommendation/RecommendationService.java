package org.alumniportal.job.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.alumniportal.job.application.ApplicationRepository;
import org.alumniportal.job.application.JobApplication;
import org.alumniportal.job.candidate.Candidate;
import org.alumniportal.job.candidate.Candidates;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Recommendations need a profile: without one in the candidate read model the answer is 409
 * {@code profile-required} rather than a recency list, because a list that ignores the person would look
 * like matching while it is not (a newly created profile reaches job-service within moments by event).
 */
@Service
class RecommendationService {

    private final Candidates candidates;
    private final ApplicationRepository applications;
    private final ActiveJobs activeJobs;
    private final Clock clock;

    RecommendationService(Candidates candidates, ApplicationRepository applications, ActiveJobs activeJobs,
            Clock clock) {
        this.candidates = candidates;
        this.applications = applications;
        this.activeJobs = activeJobs;
        this.clock = clock;
    }

    JobRecommendations recommend(CurrentUser user, RecommendationRequest request) {
        Candidate candidate = candidates.find(user.id()).orElseThrow(() -> new PortalException(HttpStatus.CONFLICT,
                "profile-required", "Profile required",
                "Job recommendations are matched to your profile's skills, experience and location: create your "
                        + "profile first (POST /api/profiles), then ask again."));
        Set<String> skills = new HashSet<>();
        candidate.getSkills().forEach(skill -> skills.add(OpenJob.skillKey(skill)));
        // Withdrawn applications count too: the unique (job, applicant) key refuses a second apply anyway.
        Set<String> applied = applications.findByApplicantId(user.id()).stream().map(JobApplication::getJobId)
                .collect(Collectors.toSet());
        String location = request.location() != null && !request.location().isBlank() ? request.location()
                : candidate.getLocation();
        Seeker seeker = new Seeker(user.id(), skills, candidate.getYearsOfExperience(), OpenJob.locationKey(location),
                Boolean.TRUE.equals(request.remoteOnly()), applied,
                user.hasRole("ALUMNI") && !user.hasRole("STUDENT"));
        Instant now = clock.instant();
        return JobRecommendations.of(JobRanker.rank(activeJobs.all(), seeker, now, request.effectiveLimit()));
    }
}
