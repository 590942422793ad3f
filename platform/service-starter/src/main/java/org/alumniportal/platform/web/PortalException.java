package org.alumniportal.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpStatus;

/**
 * A domain error a client is meant to see: rendered by {@link ProblemHandler} as problem+json with
 * {@code type = https://alumni-portal.dev/problems/<type>}. Services throw it (or a subclass) instead of
 * writing their own exception handlers.
 *
 * <pre>{@code throw new PortalException(HttpStatus.CONFLICT, "email-taken", "Email already registered",
 *         "An account with this email exists.").with("email", email);}</pre>
 */
public class PortalException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    /**
     * @param type a short, stable slug ({@code email-taken}); clients branch on it, so never rename one
     * @param detail a sentence for this occurrence; shown to the client, so no secrets or stack details
     */
    public PortalException(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = Objects.requireNonNull(status, "status");
        this.type = Problems.requireSlug(type);
        this.title = Objects.requireNonNull(title, "title");
    }

    /** 400 {@code validation} with one field error, as Bean Validation would answer for that field. */
    public static PortalException invalid(String field, String message) {
        return new PortalException(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request",
                "Some fields are invalid.").with("errors", List.of(new Problems.FieldError(field, message)));
    }

    /** Adds an extra member to the problem document ({@code retryAfterSeconds}, {@code email}…). */
    public PortalException with(String key, Object value) {
        properties.put(Objects.requireNonNull(key, "key"), value);
        return this;
    }

    /** Adds a response header ({@code Retry-After} on a 429, say). */
    public PortalException withHeader(String name, String value) {
        headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }
}
