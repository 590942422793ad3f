package org.alumniportal.job.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's application to one job. {@code applicationKey = jobId:applicantId} carries a unique index:
 * that, not a read-then-write check, is what refuses a second application, also on the embedded store.
 * Status moves only through {@link ApplicationStateMachine}; {@code version} turns concurrent moves into a
 * conflict instead of a lost update.
 *
 * <p>{@code id_version} adds nothing a MongoDB server needs ({@code _id} alone is unique): a versioned save
 * replaces {@code {_id, version}}, and the embedded store looks a document up by an index only when the query
 * names exactly that index's fields, so without it every status move scanned all applications.
 */
@Document("applications")
@CompoundIndexes({
        @CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true),
        @CompoundIndex(name = "poster_applied", def = "{'posterId': 1, 'appliedAt': -1}"),
        @CompoundIndex(name = "job_status_applied", def = "{'jobId': 1, 'status': 1, 'appliedAt': -1}"),
        @CompoundIndex(name = "applicant_applied", def = "{'applicantId': 1, 'appliedAt': -1}")
})
public class JobApplication {

    @Id
    private final String id;
    @Indexed(unique = true, name = "application_key")
    private final String applicationKey;
    private final String jobId;
    /** Title and company as they were at application time, so the applicant's list needs no job lookup. */
    private final String jobTitle;
    private final String company;
    private final String applicantId;
    private final String posterId;
    private final CvSource cvSource;
    private final StoredCv cvFile;
    private final String coverLetter;
    private ApplicationStatus status;
    private final List<StatusChange> statusHistory;
    private final Instant appliedAt;
    private Instant viewedAt;
    private Instant respondedAt;
    private String responseMessage;
    @Version
    private Long version;

    @PersistenceCreator
    JobApplication(String id, String applicationKey, String jobId, String jobTitle, String company,
            String applicantId, String posterId, CvSource cvSource, StoredCv cvFile, String coverLetter,
            ApplicationStatus status, List<StatusChange> statusHistory, Instant appliedAt, Instant viewedAt,
            Instant respondedAt, String responseMessage, Long version) {
        this.id = id;
        this.applicationKey = applicationKey;
        this.jobId = jobId;
        this.jobTitle = jobTitle;
        this.company = company;
        this.applicantId = applicantId;
        this.posterId = posterId;
        this.cvSource = cvSource;
        this.cvFile = cvFile;
        this.coverLetter = coverLetter;
        this.status = status;
        this.statusHistory = statusHistory == null ? new ArrayList<>() : new ArrayList<>(statusHistory);
        this.appliedAt = appliedAt;
        this.viewedAt = viewedAt;
        this.respondedAt = respondedAt;
        this.responseMessage = responseMessage;
        this.version = version;
    }

    static JobApplication submit(String id, String jobId, String jobTitle, String company, String applicantId,
            String posterId, CvSource cvSource, StoredCv cvFile, String coverLetter, Instant now) {
        return new JobApplication(Objects.requireNonNull(id), keyOf(jobId, applicantId), jobId, jobTitle, company,
                applicantId, posterId, cvSource, cvFile, coverLetter, ApplicationStatus.SUBMITTED,
                List.of(new StatusChange(ApplicationStatus.SUBMITTED, now, applicantId, null)), now, null, null, null,
                null);
    }

    static String keyOf(String jobId, String applicantId) {
        return jobId + ":" + applicantId;
    }

    /** The poster's first look: SUBMITTED becomes VIEWED. @return whether anything changed */
    boolean markViewed(String posterId, Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            return false;
        }
        moveTo(ApplicationStatus.VIEWED, null, posterId, now);
        return true;
    }

    /** @return the previous status */
    ApplicationStatus moveTo(ApplicationStatus next, String message, String by, Instant now) {
        ApplicationStateMachine.requireAllowed(status, next);
        ApplicationStatus previous = status;
        status = next;
        statusHistory.add(new StatusChange(next, now, by, message));
        if (next == ApplicationStatus.VIEWED && viewedAt == null) {
            viewedAt = now;
        }
        if (next.isResponse()) {
            if (respondedAt == null) {
                respondedAt = now;
            }
            if (message != null) {
                responseMessage = message;
            }
        }
        return previous;
    }

    public boolean isApplicant(String userId) {
        return applicantId.equals(userId);
    }

    public boolean isPoster(String userId) {
        return posterId.equals(userId);
    }

    public String getId() {
        return id;
    }

    public String getApplicationKey() {
        return applicationKey;
    }

    public String getJobId() {
        return jobId;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getCompany() {
        return company;
    }

    public String getApplicantId() {
        return applicantId;
    }

    public String getPosterId() {
        return posterId;
    }

    public CvSource getCvSource() {
        return cvSource;
    }

    public StoredCv getCvFile() {
        return cvFile;
    }

    public String getCoverLetter() {
        return coverLetter;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public List<StatusChange> getStatusHistory() {
        return List.copyOf(statusHistory);
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getViewedAt() {
        return viewedAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public String getResponseMessage() {
        return responseMessage;
    }

    public Long getVersion() {
        return version;
    }
}
