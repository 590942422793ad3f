package org.alumniportal.profile.importing;

import java.time.Instant;
import java.util.List;

/** An imported record as the admin list shows it; {@code invitedAt} is null until the mail was sent. */
record ImportedAlumnusView(String email, String name, Integer batchYear, String company, String role,
        String location, List<String> skills, ImportStatus status, String importedBy, Instant importedAt,
        Instant updatedAt, Instant invitedAt, String claimedBy, Instant claimedAt) {

    static ImportedAlumnusView of(ImportedAlumnus a) {
        AlumnusData d = a.data();
        return new ImportedAlumnusView(d.email(), d.name(), d.batchYear(), d.company(), d.role(), d.location(),
                d.skills(), a.status(), a.getImportedBy(), a.getImportedAt(), a.getUpdatedAt(), a.getInvitedAt(),
                a.getClaimedBy(), a.getClaimedAt());
    }
}
