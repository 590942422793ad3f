package org.alumniportal.job.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecruiterDashboardTest {

    @Test
    void medianAndAverageOfResponseTimes() {
        assertThat(RecruiterDashboard.median(List.of(1.0, 2.0, 10.0))).isEqualTo(2.0);
        assertThat(RecruiterDashboard.median(List.of(1.0, 2.0, 4.0, 10.0))).isEqualTo(3.0);
        assertThat(RecruiterDashboard.average(List.of(1.0, 2.0, 3.0))).isEqualTo(2.0);
        assertThat(RecruiterDashboard.median(List.of())).isNull();
        assertThat(RecruiterDashboard.average(List.of())).isNull();
    }

    @Test
    void countsListEveryStatusEvenWithoutApplications() {
        assertThat(RecruiterDashboard.countByStatus(List.of())).containsOnlyKeys("SUBMITTED", "VIEWED", "SHORTLISTED",
                "INTERVIEW", "OFFERED", "REJECTED", "WITHDRAWN").allSatisfy((k, v) -> assertThat(v).isZero());
    }
}
