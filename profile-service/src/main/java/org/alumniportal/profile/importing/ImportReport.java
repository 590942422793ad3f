package org.alumniportal.profile.importing;

import java.util.List;

/**
 * The answer to an upload. {@code total} counts data rows; {@code created + updated + unchanged +
 * rejected.size() == total}. {@code row} is the 1-based number of the data row (the header is not counted).
 */
record ImportReport(int total, int created, int updated, int unchanged, List<RejectedRow> rejected) {

    record RejectedRow(int row, String email, List<FieldError> errors) {
    }

    record FieldError(String field, String message) {
    }
}
