package org.alumniportal.job.application;

import java.time.Instant;
import java.util.List;

/**
 * An application as its parties see it. {@code cvPath} is where the CV is downloaded: profile-service's
 * {@code /api/profiles/{applicantId}/cv} for PROFILE (it grants the poster access on application.submitted),
 * this service's {@code /api/applications/{id}/cv} for an upload.
 */
record ApplicationView(String id, String jobId, String jobTitle, String company, String applicantId,
        String posterId, CvSource cvSource, String cvPath, String cvFileName, String coverLetter,
        ApplicationStatus status, List<StatusChange> statusHistory, Instant appliedAt, Instant viewedAt,
        Instant respondedAt, String responseMessage) {

    static ApplicationView of(JobApplication application) {
        String cvPath = application.getCvSource() == CvSource.UPLOAD
                ? "/api/applications/" + application.getId() + "/cv"
                : "/api/profiles/" + application.getApplicantId() + "/cv";
        return new ApplicationView(application.getId(), application.getJobId(), application.getJobTitle(),
                application.getCompany(), application.getApplicantId(), application.getPosterId(),
                application.getCvSource(), cvPath,
                application.getCvFile() == null ? null : application.getCvFile().fileName(),
                application.getCoverLetter(), application.getStatus(), application.getStatusHistory(),
                application.getAppliedAt(), application.getViewedAt(), application.getRespondedAt(),
                application.getResponseMessage());
    }
}
