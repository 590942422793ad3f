package org.alumniportal.profile.verification;

import java.util.List;

/** The portal's page shape. */
record PendingPage(List<PendingProfile> items, int page, int size, long totalElements, long totalPages) {
}
