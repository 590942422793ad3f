package org.alumniportal.profile.export;

import java.time.Instant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.profile.profile.Profile;
import org.alumniportal.profile.profile.ProfileService;
import org.alumniportal.profile.profile.ProfileView;
import org.alumniportal.profile.upload.CvAccessGrants;
import org.alumniportal.profile.verification.VerificationService;

@Tag(name = "Personal data", description = "Download everything profile-service holds about me")
@RestController
class ExportController {

    private final ProfileService profiles;
    private final VerificationService verification;
    private final CvAccessGrants grants;

    ExportController(ProfileService profiles, VerificationService verification, CvAccessGrants grants) {
        this.profiles = profiles;
        this.verification = verification;
        this.grants = grants;
    }

    @Operation(summary = "Export my data as JSON", description = "404 profile-not-found without a profile.")
    @GetMapping("/api/profiles/me/export")
    ResponseEntity<PersonalDataExport> export(CurrentUser user) {
        Profile profile = profiles.require(user.id());
        PersonalDataExport export = new PersonalDataExport("profile-service", Instant.now(), ProfileView.full(profile),
                profile.getCv(), profile.getPhoto(), verification.openRequest(user.id()).orElse(null),
                verification.audit(user.id()), grants.onCvOf(user.id()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"profile-data.json\"")
                .body(export);
    }
}
