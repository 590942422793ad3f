package org.alumniportal.community.event;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.http.HttpStatus;

/** The checks of an {@link EventRequest} that span fields, answered like Bean Validation's (400 with field errors). */
final class EventRules {

    private EventRules() {
    }

    static void check(EventRequest request, Instant now) {
        List<Problems.FieldError> errors = new ArrayList<>();
        if (!request.endDate().isAfter(request.startDate())) {
            errors.add(new Problems.FieldError("endDate", "must be after startDate"));
        }
        if (!request.startDate().isAfter(now)) {
            errors.add(new Problems.FieldError("startDate", "must be in the future"));
        }
        if (request.registrationDeadline() != null && request.registrationDeadline().isAfter(request.startDate())) {
            errors.add(new Problems.FieldError("registrationDeadline", "must not be after startDate"));
        }
        if (request.meetingLink() != null && !request.meetingLink().isBlank() && !isHttps(request.meetingLink())) {
            errors.add(new Problems.FieldError("meetingLink", "must be an https:// link"));
        }
        if (request.isVirtual() && (request.meetingLink() == null || request.meetingLink().isBlank())) {
            errors.add(new Problems.FieldError("meetingLink", "is required for a virtual event"));
        }
        if (!request.isVirtual() && (request.location() == null || request.location().isBlank())) {
            errors.add(new Problems.FieldError("location", "is required for an in-person event"));
        }
        if (!errors.isEmpty()) {
            throw new PortalException(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request",
                    "The event has invalid fields.").with("errors", errors);
        }
    }

    static boolean isHttps(String link) {
        try {
            URI uri = new URI(link.strip());
            return "https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (Exception notAUri) {
            return false;
        }
    }
}
