package org.alumniportal.job.application;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Applications. The id and the unique {@code applicationKey} are the only lookups the embedded store serves
 * from an index; the per-applicant, per-job and per-poster queries scan there (fine at a portal's scale of
 * applications) and use the declared compound indexes on a real MongoDB.
 */
public interface ApplicationRepository extends MongoRepository<JobApplication, String> {

    /** Served by the unique index, also on the embedded store. */
    boolean existsByApplicationKey(String applicationKey);

    Page<JobApplication> findByApplicantId(String applicantId, Pageable pageable);

    Page<JobApplication> findByJobId(String jobId, Pageable pageable);

    Page<JobApplication> findByJobIdAndStatus(String jobId, ApplicationStatus status, Pageable pageable);

    /** Everything a poster received, for the recruiter dashboard. */
    List<JobApplication> findByPosterId(String posterId);

    /** The caller's applications, e.g. to leave out jobs already applied to. */
    List<JobApplication> findByApplicantId(String applicantId);
}
