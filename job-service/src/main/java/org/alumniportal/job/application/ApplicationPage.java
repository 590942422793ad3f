package org.alumniportal.job.application;

import java.util.List;

import org.springframework.data.domain.Page;

/** A page of applications, in the portal's paging shape. */
record ApplicationPage(List<ApplicationView> items, int page, int size, long totalElements, long totalPages) {

    static ApplicationPage of(Page<JobApplication> page) {
        return new ApplicationPage(page.getContent().stream().map(ApplicationView::of).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
