package org.alumniportal.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one way a service takes an uploaded file: multipart/form-data part {@value #PART}, 400 {@value #FILE_MISSING}
 * without it, then {@link FileTypes}' checks (400 {@code empty-file}, 413 {@code file-too-large}, 415
 * {@code unsupported-file-type}), the same for CVs and photos in every service.
 */
public class MultipartIntake {

    /** The part name of every upload. */
    public static final String PART = "file";
    public static final String FILE_MISSING = "file-missing";

    private final FileTypes types;

    public MultipartIntake(FileTypes types) {
        this.types = types;
    }

    /** Checks the upload's size and content (read at most one byte past the cap). */
    public AcceptedFile accept(FileKind kind, MultipartFile upload) {
        if (upload == null) {
            throw missing();
        }
        try (InputStream in = upload.getInputStream()) {
            return types.accept(kind, upload.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PortalException missing() {
        return new PortalException(HttpStatus.BAD_REQUEST, FILE_MISSING, "File missing",
                "Send the file as multipart/form-data part '" + PART + "'.");
    }
}
