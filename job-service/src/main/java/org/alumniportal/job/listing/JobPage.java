package org.alumniportal.job.listing;

import java.util.List;

/** One page of the job list, in the portal's paging shape. */
record JobPage(List<JobCard> items, int page, int size, long totalElements, long totalPages) {
}
