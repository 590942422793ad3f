package org.alumniportal.job.application;

import static org.alumniportal.job.application.ApplicationStatus.INTERVIEW;
import static org.alumniportal.job.application.ApplicationStatus.OFFERED;
import static org.alumniportal.job.application.ApplicationStatus.REJECTED;
import static org.alumniportal.job.application.ApplicationStatus.SHORTLISTED;
import static org.alumniportal.job.application.ApplicationStatus.SUBMITTED;
import static org.alumniportal.job.application.ApplicationStatus.VIEWED;
import static org.alumniportal.job.application.ApplicationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.alumniportal.platform.web.PortalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationStateMachineTest {

    /** The whole table, written out once: every pair not listed here must be refused. */
    private static final Set<List<ApplicationStatus>> LEGAL = Set.of(
            List.of(SUBMITTED, VIEWED), List.of(SUBMITTED, WITHDRAWN),
            List.of(VIEWED, SHORTLISTED), List.of(VIEWED, REJECTED), List.of(VIEWED, WITHDRAWN),
            List.of(SHORTLISTED, INTERVIEW), List.of(SHORTLISTED, REJECTED), List.of(SHORTLISTED, WITHDRAWN),
            List.of(INTERVIEW, OFFERED), List.of(INTERVIEW, REJECTED), List.of(INTERVIEW, WITHDRAWN));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationStatus to : ApplicationStatus.values()) {
                pairs.add(Arguments.of(from, to, LEGAL.contains(List.of(from, to))));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void everyPairOfStatusesIsEitherAllowedOrAConflictNamingFromAndTo(ApplicationStatus from, ApplicationStatus to,
            boolean legal) {
        assertThat(ApplicationStateMachine.allows(from, to)).isEqualTo(legal);
        if (legal) {
            ApplicationStateMachine.requireAllowed(from, to);
        } else {
            assertThatThrownBy(() -> ApplicationStateMachine.requireAllowed(from, to))
                    .isInstanceOfSatisfying(PortalException.class, e -> {
                        assertThat(e.status().value()).isEqualTo(409);
                        assertThat(e.type()).isEqualTo("illegal-status-transition");
                        assertThat(e.properties()).containsEntry("from", from.name()).containsEntry("to", to.name());
                    });
        }
    }

    @Test
    void finalStatusesLeadNowhereAndEveryOtherCanBeWithdrawn() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status.isFinal()) {
                assertThat(ApplicationStateMachine.nextOf(status)).isEmpty();
            } else {
                assertThat(ApplicationStateMachine.nextOf(status)).contains(WITHDRAWN);
            }
        }
    }

    @Test
    void theFirstDecisionSetsRespondedAtButViewingDoesNot() {
        Instant applied = Instant.parse("2026-11-01T10:00:00Z");
        JobApplication application = JobApplication.submit("a1", "j1", "Dev", "Acme", "student", "poster",
                CvSource.PROFILE, null, null, applied);

        assertThat(application.markViewed("poster", applied.plusSeconds(60))).isTrue();
        assertThat(application.markViewed("poster", applied.plusSeconds(120))).isFalse();
        assertThat(application.getViewedAt()).isEqualTo(applied.plusSeconds(60));
        assertThat(application.getRespondedAt()).isNull();

        application.moveTo(SHORTLISTED, "Nice", "poster", applied.plusSeconds(3600));
        application.moveTo(INTERVIEW, null, "poster", applied.plusSeconds(7200));

        assertThat(application.getRespondedAt()).isEqualTo(applied.plusSeconds(3600));
        assertThat(application.getResponseMessage()).isEqualTo("Nice");
        assertThat(application.getStatusHistory()).extracting(StatusChange::status)
                .containsExactly(SUBMITTED, VIEWED, SHORTLISTED, INTERVIEW);
    }
}
