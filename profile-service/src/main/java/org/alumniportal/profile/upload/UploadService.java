package org.alumniportal.profile.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import org.alumniportal.platform.files.AcceptedFile;
import org.alumniportal.platform.files.FileKind;
import org.alumniportal.platform.files.FileStore;
import org.alumniportal.platform.files.FileTypes;
import org.alumniportal.platform.files.StoredFile;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.files.MultipartIntake;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.alumniportal.profile.profile.Profile;
import org.alumniportal.profile.profile.ProfileEvents;
import org.alumniportal.profile.profile.ProfileService;

/**
 * Uploads in the order that never shows a half-done state: store the new file under a fresh key, save the
 * profile pointing at it (deleting the new file if that fails), then delete the replaced file.
 */
@Service
class UploadService {

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final ProfileService profiles;
    private final FileTypes fileTypes;
    private final FileStore files;
    private final CvAccessGrants grants;
    private final CvDownloads downloads;

    UploadService(ProfileService profiles, FileTypes fileTypes, FileStore files, CvAccessGrants grants,
            CvDownloads downloads) {
        this.downloads = downloads;
        this.profiles = profiles;
        this.fileTypes = fileTypes;
        this.files = files;
        this.grants = grants;
    }

    Profile uploadCv(CurrentUser user, MultipartFile upload) {
        return upload(user, upload, FileKind.CV);
    }

    Profile uploadPhoto(CurrentUser user, MultipartFile upload) {
        return upload(user, upload, FileKind.IMAGE);
    }

    private Profile upload(CurrentUser user, MultipartFile upload, FileKind kind) {
        Profile profile = profiles.require(user.id());
        AcceptedFile accepted = new MultipartIntake(fileTypes).accept(kind, upload);
        String key = (kind == FileKind.CV ? "cv/" : "photo/") + segment(user.id()) + "/" + UUID.randomUUID() + "."
                + accepted.extension();
        StoredFile stored = files.put(key, accepted.content(), accepted.contentType(), accepted.originalName());
        StoredFile previous;
        Profile saved;
        try {
            Instant now = Instant.now();
            previous = kind == FileKind.CV ? profile.replaceCv(stored, now) : profile.replacePhoto(stored, now);
            saved = profiles.save(profile, ProfileEvents.updated(profile));
        } catch (RuntimeException e) {
            files.delete(stored.key());
            throw e;
        }
        profiles.deleteQuietly(previous);
        return saved;
    }

    /** The CV's bytes for the owner, admins and posters of jobs the owner applied to; 404 for everyone else. */
    Download cv(String ownerId, CurrentUser viewer) {
        boolean allowed = ownerId.equals(viewer.id()) || viewer.hasRole("ADMIN") || grants.allows(viewer.id(), ownerId);
        if (!allowed) {
            throw cvNotFound(ownerId);
        }
        Profile profile = profiles.find(ownerId).filter(p -> p.getCv() != null).orElseThrow(() -> cvNotFound(ownerId));
        Download download = open(profile.getCv(), () -> cvNotFound(ownerId));
        if (!ownerId.equals(viewer.id())) {
            downloads.record(ownerId, viewer.id(), viewer.hasRole("ADMIN") ? "ADMIN" : "POSTER");
        }
        return download;
    }

    /** The photo for whoever may see the profile. */
    Download photo(String ownerId, CurrentUser viewer) {
        Profile profile = profiles.requireVisible(ownerId, viewer);
        if (profile.getPhoto() == null) {
            throw photoNotFound(ownerId);
        }
        return open(profile.getPhoto(), () -> photoNotFound(ownerId));
    }

    private Download open(StoredFile file, java.util.function.Supplier<PortalException> missing) {
        InputStream in = files.open(file.key()).orElseThrow(missing);
        return new Download(file, in);
    }

    /** Keycloak subjects are UUIDs; anything else is hashed so that the key stays a plain name. */
    static String segment(String userId) {
        if (SAFE_SEGMENT.matcher(userId).matches()) {
            return userId;
        }
        return Integer.toHexString(userId.hashCode()) + "-" + UUID.nameUUIDFromBytes(userId.getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private static PortalException cvNotFound(String ownerId) {
        return new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "CV not found",
                "There is no CV you can read for this user.").with("userId", ownerId);
    }

    private static PortalException photoNotFound(String ownerId) {
        return new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Photo not found",
                "This profile has no photo.").with("userId", ownerId);
    }

    record Download(StoredFile file, InputStream content) {
    }
}
