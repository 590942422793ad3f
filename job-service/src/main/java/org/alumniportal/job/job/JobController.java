package org.alumniportal.job.job;

import java.net.URI;
import java.time.Clock;

import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Posting and managing one job. The list ({@code GET /api/jobs}) lives in {@code listing}. */
@RestController
@RequestMapping("/api/jobs")
@Tag(name = "Jobs", description = "Job postings by alumni and recruiters")
class JobController {

    private final JobService jobs;
    private final Clock clock;

    JobController(JobService jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @PostMapping({"", "/create"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a job (ALUMNI or RECRUITER); skills are normalised, the deadline must be in the future")
    ResponseEntity<JobView> create(CurrentUser user, @Valid @RequestBody JobDetails details) {
        Job job = jobs.post(user, details);
        return ResponseEntity.created(URI.create("/api/jobs/" + job.getId())).body(JobView.of(job, clock.instant()));
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "A job's details; views by others than the poster are counted")
    JobView details(CurrentUser user, @PathVariable String jobId) {
        return JobView.of(jobs.read(user, jobId), clock.instant());
    }

    @PutMapping("/{jobId}")
    @Operation(summary = "Replace a job's details (poster only; not once closed)")
    JobView update(CurrentUser user, @PathVariable String jobId, @Valid @RequestBody JobDetails details) {
        return JobView.of(jobs.revise(user, jobId, details), clock.instant());
    }

    @PostMapping("/{jobId}/close")
    @Operation(summary = "Stop taking applications (poster only; idempotent)")
    JobView close(CurrentUser user, @PathVariable String jobId) {
        return JobView.of(jobs.close(user, jobId), clock.instant());
    }

    @DeleteMapping("/{jobId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a job (poster or admin); its applications stay readable to their parties")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable String jobId) {
        jobs.delete(user, jobId);
        return ResponseEntity.noContent().build();
    }
}
