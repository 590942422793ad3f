package org.alumniportal.job.application;

import java.net.URI;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.alumniportal.platform.files.MultipartIntake;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.alumniportal.platform.web.PageResponse;

/** Applying to jobs and following applications through the pipeline. */
@RestController
@Tag(name = "Applications", description = "Applications to jobs and their status pipeline")
class ApplicationController {

    private final ApplicationService applications;
    private final CvUploads uploads;

    ApplicationController(ApplicationService applications, CvUploads uploads) {
        this.applications = applications;
        this.uploads = uploads;
    }

    @PostMapping("/api/jobs/{jobId}/apply")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply with the CV on your profile (STUDENT; ALUMNI where the poster allows); once per job")
    ResponseEntity<ApplicationView> apply(CurrentUser user, @PathVariable String jobId,
            @Valid @RequestBody(required = false) ApplyRequest request) {
        ApplyRequest body = request == null ? new ApplyRequest(null, CvSource.PROFILE) : request;
        if (body.cvSource() == CvSource.UPLOAD) {
            throw CvUploads.fileRequired();
        }
        return created(applications.apply(user, jobId, body.coverLetter(), null, cv -> { }));
    }

    @PostMapping(path = "/api/jobs/{jobId}/apply", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply with an uploaded CV: multipart part 'file' like every upload of the portal (PDF or "
            + "DOCX, checked from the content; 415 unsupported-file-type otherwise, 413 file-too-large when too big, "
            + "400 file-missing without it) and optional part 'coverLetter'; part 'cv' is still read for older clients")
    ResponseEntity<ApplicationView> applyWithCv(CurrentUser user, @PathVariable String jobId,
            @RequestPart(name = MultipartIntake.PART, required = false) MultipartFile file,
            @Parameter(deprecated = true, description = "older name of part 'file'")
            @RequestPart(name = "cv", required = false) MultipartFile cv, @Valid @ModelAttribute ApplyForm form) {
        return created(applications.apply(user, jobId, form.coverLetter(), uploads.accept(file != null ? file : cv),
                uploads::discard));
    }

    @GetMapping("/api/applications/{id}/cv")
    @Operation(summary = "The CV uploaded with an application (applicant, poster or admin)",
            description = "404 'cv-not-found' when the application uses the profile's CV (see the view's cvPath); "
                    + "403 'cv-access-ended' for the poster once the application is withdrawn. Downloads are recorded.")
    ResponseEntity<InputStreamResource> cv(CurrentUser user, @PathVariable String id) {
        StoredCv cv = applications.cvOf(user, id);
        if (cv == null) {
            throw CvUploads.cvNotFound();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(cv.contentType()))
                .contentLength(cv.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(cv.fileName() == null ? "cv" : cv.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(uploads.open(cv)));
    }

    @GetMapping("/api/applications/my-applications")
    @Operation(summary = "My applications, newest first")
    PageResponse<ApplicationView> mine(CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return applications.mine(user, page, size);
    }

    @GetMapping("/api/jobs/{jobId}/applications")
    @Operation(summary = "Applications to one of my jobs (poster only), newest first; listing does not mark them viewed")
    PageResponse<ApplicationView> forJob(CurrentUser user, @PathVariable String jobId,
            @RequestParam(required = false) ApplicationStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return applications.forJob(user, jobId, status, page, size);
    }

    @GetMapping("/api/applications/{id}")
    @Operation(summary = "One application (applicant, poster or admin); the poster's first read marks it VIEWED")
    ApplicationView read(CurrentUser user, @PathVariable String id) {
        return ApplicationView.of(applications.read(user, id));
    }

    @PutMapping("/api/applications/{id}/status")
    @Operation(summary = "Move an application along the pipeline (poster only); illegal moves are 409")
    ApplicationView changeStatus(CurrentUser user, @PathVariable String id, @Valid @RequestBody StatusRequest request) {
        return ApplicationView.of(applications.changeStatus(user, id, request));
    }

    @PostMapping("/api/applications/{id}/withdraw")
    @Operation(summary = "Withdraw my application (applicant only, not once final)")
    ApplicationView withdraw(CurrentUser user, @PathVariable String id) {
        return ApplicationView.of(applications.withdraw(user, id));
    }

    static ResponseEntity<ApplicationView> created(JobApplication application) {
        return ResponseEntity.created(URI.create("/api/applications/" + application.getId()))
                .contentType(MediaType.APPLICATION_JSON).body(ApplicationView.of(application));
    }
}
