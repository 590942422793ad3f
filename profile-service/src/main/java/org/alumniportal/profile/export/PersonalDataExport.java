package org.alumniportal.profile.export;

import java.time.Instant;
import java.util.List;

import org.alumniportal.platform.files.StoredFile;
import org.alumniportal.profile.profile.ProfileView;
import org.alumniportal.profile.upload.CvAccessGrant;
import org.alumniportal.profile.verification.VerificationAuditEntry;
import org.alumniportal.profile.verification.VerificationRequest;

/**
 * The caller's data in profile-service: the full profile, stored file metadata (the files themselves are at the
 * profile's download URLs), the verification request and history, and who was given access to the CV.
 */
record PersonalDataExport(String service, Instant exportedAt, ProfileView profile, StoredFile cvFile,
        StoredFile photoFile, VerificationRequest openVerificationRequest,
        List<VerificationAuditEntry> verificationHistory, List<CvAccessGrant> cvAccessGrants) {
}
