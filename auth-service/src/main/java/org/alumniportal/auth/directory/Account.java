package org.alumniportal.auth.directory;

import java.time.Instant;

import org.alumniportal.auth.identity.PortalRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** One account as the portal tracks it; the password and sessions stay in Keycloak. */
@Document("accounts")
public class Account {

    @Id
    private String id;
    private String email;
    private String fullName;
    private PortalRole role;
    private AccountStatus status;
    private boolean emailVerified;
    private Instant createdAt;
    private String statusReason;
    private Instant statusChangedAt;
    @Version
    private Long version;

    protected Account() {
    }

    Account(String id, String email, String fullName, PortalRole role, AccountStatus status, boolean emailVerified,
            Instant createdAt) {
        this.id = id;
        this.email = email;
        this.fullName = fullName;
        this.role = role;
        this.status = status;
        this.emailVerified = emailVerified;
        this.createdAt = createdAt;
        this.statusChangedAt = createdAt;
    }

    /** An admin who holds the role and may still act: the portal must always keep one. */
    public boolean isActiveAdmin() {
        return role == PortalRole.ADMIN && status == AccountStatus.ACTIVE;
    }

    void changeStatus(AccountStatus next, String reason, Instant at) {
        this.status = next;
        this.statusReason = reason;
        this.statusChangedAt = at;
    }

    void changeRole(PortalRole next) {
        this.role = next;
    }

    void markEmailVerified() {
        this.emailVerified = true;
    }

    /** Personal data removed on request: the id stays so that audit entries and events still resolve. */
    void erasePersonalData() {
        this.email = null;
        this.fullName = null;
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public PortalRole role() {
        return role;
    }

    public AccountStatus status() {
        return status;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }
}
