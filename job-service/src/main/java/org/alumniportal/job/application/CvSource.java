package org.alumniportal.job.application;

/** PROFILE: the CV stays in profile-service (the poster fetches it there); UPLOAD: a file kept by job-service. */
public enum CvSource {
    PROFILE, UPLOAD
}
