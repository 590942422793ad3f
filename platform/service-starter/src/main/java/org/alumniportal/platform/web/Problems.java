package org.alumniportal.platform.web;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem vocabulary shared by every service: type URIs from stable slugs, and the field-error shape. The policy
 * that says which failure gets which slug is in this package's {@code package-info}.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://alumni-portal.dev/problems/";

    public static final String VALIDATION = "validation";
    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String MISSING_PARAMETER = "missing-parameter";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String CONCURRENT_UPDATE = "concurrent-update";
    public static final String INTERNAL = "internal";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** One entry of {@code errors}: the request field (JSON path or parameter name) and what is wrong. */
    public record FieldError(String field, String message) {
    }

    private Problems() {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + requireSlug(slug));
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /** The slug for a status without a more specific one: {@code 503 → service-unavailable}, 5xx → internal. */
    public static String slugOf(HttpStatusCode status) {
        if (status.value() == 500) {
            return INTERNAL;
        }
        if (status instanceof org.springframework.http.HttpStatus known) {
            return known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return status.is5xxServerError() ? INTERNAL : "http-" + status.value();
    }

    static String requireSlug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("Problem type must be a lower-case slug like 'email-taken': " + slug);
        }
        return slug;
    }
}
