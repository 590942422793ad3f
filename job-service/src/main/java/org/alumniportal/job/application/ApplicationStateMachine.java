package org.alumniportal.job.application;

import static org.alumniportal.job.application.ApplicationStatus.INTERVIEW;
import static org.alumniportal.job.application.ApplicationStatus.OFFERED;
import static org.alumniportal.job.application.ApplicationStatus.REJECTED;
import static org.alumniportal.job.application.ApplicationStatus.SHORTLISTED;
import static org.alumniportal.job.application.ApplicationStatus.SUBMITTED;
import static org.alumniportal.job.application.ApplicationStatus.VIEWED;
import static org.alumniportal.job.application.ApplicationStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;

/**
 * The one place that says which status may follow which:
 * SUBMITTED → VIEWED → SHORTLISTED → INTERVIEW → OFFERED, REJECTED from VIEWED, SHORTLISTED or INTERVIEW,
 * and WITHDRAWN (by the applicant) from any state that is not final. No skipping ahead: a poster reaches
 * SHORTLISTED only after the application was seen. Who may ask for a move is decided by the caller's rules
 * ({@link ApplicationService}), not here.
 */
public final class ApplicationStateMachine {

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(VIEWED, WITHDRAWN),
            VIEWED, EnumSet.of(SHORTLISTED, REJECTED, WITHDRAWN),
            SHORTLISTED, EnumSet.of(INTERVIEW, REJECTED, WITHDRAWN),
            INTERVIEW, EnumSet.of(OFFERED, REJECTED, WITHDRAWN),
            OFFERED, EnumSet.noneOf(ApplicationStatus.class),
            REJECTED, EnumSet.noneOf(ApplicationStatus.class),
            WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

    private ApplicationStateMachine() {
    }

    public static boolean allows(ApplicationStatus from, ApplicationStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static Set<ApplicationStatus> nextOf(ApplicationStatus from) {
        return Set.copyOf(NEXT.get(from));
    }

    /** 409 {@code illegal-status-transition} with {@code from}, {@code to} and the allowed next statuses. */
    static void requireAllowed(ApplicationStatus from, ApplicationStatus to) {
        if (!allows(from, to)) {
            throw new PortalException(HttpStatus.CONFLICT, "illegal-status-transition", "Illegal status transition",
                    "An application cannot move from " + from + " to " + to + ".")
                    .with("from", from.name()).with("to", to.name())
                    .with("allowed", NEXT.get(from).stream().map(Enum::name).sorted().toList());
        }
    }
}
