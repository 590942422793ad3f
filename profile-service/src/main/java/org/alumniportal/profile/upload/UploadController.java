package org.alumniportal.profile.upload;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.profile.profile.ProfileView;

@Tag(name = "Profile files", description = "CV and photo upload and download")
@RestController
@RequestMapping("/api/profiles")
class UploadController {

    private final UploadService uploads;

    UploadController(UploadService uploads) {
        this.uploads = uploads;
    }

    @Operation(summary = "Upload my CV", description = "multipart part 'file'; PDF or DOCX by content (a renamed "
            + "file is refused: 415 unsupported-file-type), at most portal.files.max-cv-size (413 file-too-large).")
    @PostMapping(path = "/upload-cv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ProfileView uploadCv(CurrentUser user, @RequestPart(name = "file", required = false) MultipartFile file) {
        return ProfileView.of(uploads.uploadCv(user, file), user);
    }

    @Operation(summary = "Upload my photo", description = "multipart part 'file'; JPEG, PNG or WebP by content.")
    @PostMapping(path = "/upload-photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ProfileView uploadPhoto(CurrentUser user, @RequestPart(name = "file", required = false) MultipartFile file) {
        return ProfileView.of(uploads.uploadPhoto(user, file), user);
    }

    @Operation(summary = "Download a CV", description = "For the owner, admins, and posters of jobs the owner "
            + "applied to; 404 cv-not-found for everyone else.")
    @GetMapping("/{userId}/cv")
    ResponseEntity<InputStreamResource> cv(CurrentUser user, @PathVariable String userId) {
        UploadService.Download download = uploads.cv(userId, user);
        return body(download, ContentDisposition.attachment(), CacheControl.noStore());
    }

    @Operation(summary = "A profile photo", description = "For whoever may see the profile.")
    @GetMapping("/{userId}/photo")
    ResponseEntity<InputStreamResource> photo(CurrentUser user, @PathVariable String userId) {
        UploadService.Download download = uploads.photo(userId, user);
        return body(download, ContentDisposition.inline(), CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate());
    }

    private static ResponseEntity<InputStreamResource> body(UploadService.Download download,
            ContentDisposition.Builder disposition, CacheControl cache) {
        String name = download.file().originalName() != null ? download.file().originalName()
                : "file." + download.file().key().substring(download.file().key().lastIndexOf('.') + 1);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.file().contentType()))
                .contentLength(download.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(name, StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache)
                .body(new InputStreamResource(download.content()));
    }
}
