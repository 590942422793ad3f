package org.alumniportal.job.job;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.alumniportal.platform.events.Industry;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A job posting. The poster ({@code postedBy}) alone edits or closes it; it takes applications while
 * {@link #isOpenAt(Instant)}: ACTIVE and before its deadline. A deadline that passed counts as closed even
 * before the sweep writes CLOSED, so no reader depends on the sweep having run.
 *
 * <p>The declared indexes are for a real MongoDB; the embedded store scans and lists come from the in-memory
 * index in {@code listing}.
 */
@Document("jobs")
@CompoundIndexes({
        @CompoundIndex(name = "status_deadline", def = "{'status': 1, 'applicationDeadline': 1}"),
        @CompoundIndex(name = "poster_created", def = "{'postedBy': 1, 'createdAt': -1}"),
        @CompoundIndex(name = "active_created", def = "{'status': 1, 'createdAt': -1}")
})
public class Job {

    @Id
    private final String id;
    private String title;
    private String description;
    private String company;
    private String location;
    private boolean remote;
    private JobType jobType;
    private ExperienceRange experienceRequired;
    private List<String> skillsRequired;
    private SalaryRange salaryRange;
    private String applyLink;
    private final String postedBy;
    private final String posterRole;
    private Instant applicationDeadline;
    private JobStatus status;
    private boolean allowAlumniApplicants;
    private long views;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant closedAt;
    /** Optional, from the portal's fixed list. */
    private Industry industry;

    /** Set when deleted: the document stays so that applications keep their job, but nobody sees it. */
    private Instant deletedAt;

    @PersistenceCreator
    Job(String id, String title, String description, String company, String location, boolean remote,
            JobType jobType, ExperienceRange experienceRequired, List<String> skillsRequired, SalaryRange salaryRange,
            String applyLink, String postedBy, String posterRole, Instant applicationDeadline, JobStatus status,
            boolean allowAlumniApplicants, long views, Instant createdAt, Instant updatedAt, Instant closedAt,
            Instant deletedAt, Industry industry) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.company = company;
        this.location = location;
        this.remote = remote;
        this.jobType = jobType;
        this.experienceRequired = experienceRequired;
        this.skillsRequired = skillsRequired == null ? List.of() : List.copyOf(skillsRequired);
        this.salaryRange = salaryRange;
        this.applyLink = applyLink;
        this.postedBy = postedBy;
        this.posterRole = posterRole;
        this.applicationDeadline = applicationDeadline;
        this.status = status;
        this.allowAlumniApplicants = allowAlumniApplicants;
        this.views = views;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.closedAt = closedAt;
        this.deletedAt = deletedAt;
        this.industry = industry;
    }

    /** A new ACTIVE posting; {@code skills} must already be normalised. */
    public static Job post(String id, JobDetails details, List<String> skills, String postedBy, String posterRole,
            Instant now) {
        Job job = new Job(Objects.requireNonNull(id), null, null, null, null, false, null, null, List.of(), null,
                null, Objects.requireNonNull(postedBy), posterRole, null, JobStatus.ACTIVE, false, 0, now, now, null, null,
                null);
        job.apply(details, skills);
        return job;
    }

    /** Replaces the editable fields (a full update, like the create request). */
    public void revise(JobDetails details, List<String> skills, Instant now) {
        apply(details, skills);
        this.updatedAt = now;
    }

    private void apply(JobDetails details, List<String> skills) {
        this.title = details.title().strip();
        this.description = details.description() == null ? "" : details.description().strip();
        this.company = details.company().strip();
        this.location = details.location() == null ? null : details.location().strip();
        this.remote = details.remote();
        this.jobType = details.jobType();
        this.experienceRequired = details.experienceRequired();
        this.skillsRequired = List.copyOf(skills);
        this.salaryRange = details.salaryRange();
        this.applyLink = details.applyLink();
        this.applicationDeadline = details.applicationDeadline();
        this.allowAlumniApplicants = details.allowAlumniApplicants();
        this.industry = details.industry();
    }

    /** @return false when it already was CLOSED (closing is idempotent, and emits its event once) */
    public boolean close(Instant now) {
        if (status == JobStatus.CLOSED) {
            return false;
        }
        status = JobStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * Soft delete: the job disappears for everyone, its applications keep pointing at it.
     *
     * @return whether it was ACTIVE until now (then a job.closed with reason DELETED is due)
     */
    public boolean delete(Instant now) {
        boolean wasActive = close(now);
        deletedAt = now;
        updatedAt = now;
        return wasActive;
    }

    /** Open for applications and shown in the list: ACTIVE and the deadline not yet reached. */
    public boolean isOpenAt(Instant now) {
        return status == JobStatus.ACTIVE && !isDeleted()
                && (applicationDeadline == null || applicationDeadline.isAfter(now));
    }

    /** What readers should show: a job past its deadline is CLOSED even before the sweep has written it. */
    public JobStatus effectiveStatusAt(Instant now) {
        return isOpenAt(now) ? JobStatus.ACTIVE : JobStatus.CLOSED;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isPostedBy(String userId) {
        return postedBy.equals(userId);
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCompany() {
        return company;
    }

    public Industry getIndustry() {
        return industry;
    }

    public String getLocation() {
        return location;
    }

    public boolean isRemote() {
        return remote;
    }

    public JobType getJobType() {
        return jobType;
    }

    public ExperienceRange getExperienceRequired() {
        return experienceRequired;
    }

    public List<String> getSkillsRequired() {
        return skillsRequired;
    }

    public SalaryRange getSalaryRange() {
        return salaryRange;
    }

    public String getApplyLink() {
        return applyLink;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public String getPosterRole() {
        return posterRole;
    }

    public Instant getApplicationDeadline() {
        return applicationDeadline;
    }

    public JobStatus getStatus() {
        return status;
    }

    public boolean isAllowAlumniApplicants() {
        return allowAlumniApplicants;
    }

    public long getViews() {
        return views;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
