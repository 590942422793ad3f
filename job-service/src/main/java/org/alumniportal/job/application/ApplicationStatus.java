package org.alumniportal.job.application;

/** The pipeline of an application; OFFERED, REJECTED and WITHDRAWN are final. */
public enum ApplicationStatus {
    SUBMITTED, VIEWED, SHORTLISTED, INTERVIEW, OFFERED, REJECTED, WITHDRAWN;

    public boolean isFinal() {
        return this == OFFERED || this == REJECTED || this == WITHDRAWN;
    }

    /** A decision the applicant hears about; the first one sets {@code respondedAt}. Viewing is not one. */
    boolean isResponse() {
        return this == SHORTLISTED || this == INTERVIEW || this == OFFERED || this == REJECTED;
    }
}
