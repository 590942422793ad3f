package org.alumniportal.job.application;

import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;

/** Uploaded CVs (multipart part {@code cv}); validated and stored with the starter's file port. */
final class CvUploads {

    private CvUploads() {
    }

    static PortalException fileRequired() {
        return new PortalException(HttpStatus.BAD_REQUEST, "cv-file-required", "CV file required",
                "cvSource UPLOAD needs a multipart request with the file in part 'cv'.");
    }
}
