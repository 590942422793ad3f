package org.alumniportal.notification.recipient;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this service knows of a person, keyed by the user id. The account name (from registration) and the
 * profile name are kept apart because they arrive on different topics in any order; the profile's wins.
 */
@Document("recipients")
public class Recipient {

    @Id
    private String userId;
    private String email;
    private String accountName;
    private String profileName;
    private String role;
    private List<String> skills;
    private boolean deleted;

    Recipient() {
    }

    public String getUserId() {
        return userId;
    }

    public String getEmail() {
        return deleted ? null : email;
    }

    public String displayName() {
        if (profileName != null && !profileName.isBlank()) {
            return profileName;
        }
        return accountName != null && !accountName.isBlank() ? accountName : null;
    }

    public String getRole() {
        return role;
    }

    public List<String> getSkills() {
        return skills == null || deleted ? List.of() : skills;
    }

    public boolean isDeleted() {
        return deleted;
    }
}
