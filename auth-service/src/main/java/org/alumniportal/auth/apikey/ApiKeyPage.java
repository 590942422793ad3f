package org.alumniportal.auth.apikey;

import java.util.List;

/** A page of keys, newest first; {@code page} counts from 0. */
record ApiKeyPage(List<ApiKeySummary> items, int page, int size, long totalElements, long totalPages) {
}
