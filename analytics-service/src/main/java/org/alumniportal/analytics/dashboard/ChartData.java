package org.alumniportal.analytics.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * Time series in the shape chart libraries plot directly (Chart.js {@code labels} + {@code datasets}): one label per
 * bucket (its first day), and per series one number per label.
 */
record ChartData(Bucket bucket, LocalDate from, LocalDate to, List<String> labels, List<Series> series) {

    record Series(String key, String label, List<Long> data) {
    }
}
