package org.alumniportal.job.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import org.alumniportal.platform.files.AcceptedFile;
import org.alumniportal.platform.files.FileKind;
import org.alumniportal.platform.files.FileStore;
import org.alumniportal.platform.files.FileTypes;
import org.alumniportal.platform.files.StoredFile;
import org.alumniportal.platform.files.MultipartIntake;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;

/**
 * CVs uploaded with an application (multipart part {@code cv}): type checked from the content (PDF or DOCX, as
 * in profiles), size capped, stored with the starter's file port under {@code applications/<id>/cv.<ext>}.
 */
@Component
class CvUploads {

    private final FileTypes fileTypes;
    private final FileStore files;

    CvUploads(FileTypes fileTypes, FileStore files) {
        this.fileTypes = fileTypes;
        this.files = files;
    }

    /** Validates now (before anything is stored); the returned function stores it under an application id. */
    Function<String, StoredCv> accept(MultipartFile upload) {
        AcceptedFile accepted = new MultipartIntake(fileTypes).accept(FileKind.CV, upload);
        return applicationId -> {
            StoredFile stored = files.put("applications/" + applicationId + "/cv." + accepted.extension(),
                    accepted.content(), accepted.contentType(), accepted.originalName());
            return new StoredCv(stored.key(), accepted.originalName(), stored.contentType(), stored.size());
        };
    }

    void discard(StoredCv cv) {
        files.delete(cv.key());
    }

    InputStream open(StoredCv cv) {
        return files.open(cv.key()).orElseThrow(CvUploads::cvNotFound);
    }

    /** The portal's one problem for an upload without its file: 400 {@code file-missing}. */
    static PortalException fileRequired() {
        return MultipartIntake.missing();
    }

    static PortalException cvNotFound() {
        return new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "CV not found",
                "This application has no uploaded CV; a profile CV is read from the applicant's profile.");
    }
}
