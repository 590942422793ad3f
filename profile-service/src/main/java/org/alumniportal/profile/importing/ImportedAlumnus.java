package org.alumniportal.profile.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An alumnus known from an admin import, keyed by the normalised e-mail ({@code _id}, so "unique email" holds on
 * the embedded store too and every lookup is by key). Three writers touch disjoint fields with targeted updates
 * (uploads the data, the mailer the invitation, the claim listener the claim), so no version check is needed.
 */
@Document("imported_alumni")
class ImportedAlumnus {

    @Id
    private String email;
    private String name;
    private Integer batchYear;
    private String company;
    private String role;
    private String location;
    private List<String> skills = new ArrayList<>();
    private String importedBy;
    private Instant importedAt;
    private Instant updatedAt;
    /** Set while a mail is being sent, so that two uploads never send two invitations. */
    private Instant inviteStartedAt;
    private Instant invitedAt;
    private String claimedBy;
    private Instant claimedAt;

    /** For the Mongo mapping only. */
    protected ImportedAlumnus() {
    }

    static ImportedAlumnus of(AlumnusData data, String adminId, Instant now) {
        ImportedAlumnus alumnus = new ImportedAlumnus();
        alumnus.email = data.email();
        alumnus.name = data.name();
        alumnus.batchYear = data.batchYear();
        alumnus.company = data.company();
        alumnus.role = data.role();
        alumnus.location = data.location();
        alumnus.skills = new ArrayList<>(data.skills());
        alumnus.importedBy = adminId;
        alumnus.importedAt = now;
        alumnus.updatedAt = now;
        return alumnus;
    }

    AlumnusData data() {
        return new AlumnusData(email, name, batchYear, company, role, location, skills);
    }

    /** Whether an upload row would change anything (what makes a re-upload of the same file a no-op). */
    boolean sameAs(AlumnusData row) {
        return Objects.equals(data(), row);
    }

    ImportStatus status() {
        return claimedAt != null ? ImportStatus.CLAIMED : ImportStatus.INVITED;
    }

    boolean awaitsInvitation() {
        return invitedAt == null && claimedAt == null;
    }

    String getEmail() {
        return email;
    }

    String getImportedBy() {
        return importedBy;
    }

    Instant getImportedAt() {
        return importedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getInvitedAt() {
        return invitedAt;
    }

    String getClaimedBy() {
        return claimedBy;
    }

    Instant getClaimedAt() {
        return claimedAt;
    }
}
